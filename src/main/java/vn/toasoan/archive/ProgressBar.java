package vn.toasoan.archive;

import java.io.PrintStream;
import vn.toasoan.platform.OperatorText;

/**
 * How far an import is, on the operator's console: a bar redrawn in place on a terminal, a line at every tenth when
 * the output goes to a file or a pipe (a log, systemd), so that the log stays short.
 */
final class ProgressBar implements ArchiveImporter.Listener {

    private static final int WIDTH = 30;

    private final PrintStream out;
    private final boolean terminal;
    private final long startedAt = System.nanoTime();
    private long total;
    private int lastTenth = -1;
    private boolean drawn;

    ProgressBar(PrintStream out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    @Override
    public void started(long total) {
        this.total = total;
        out.println(OperatorText.get("archive.progress.start", total));
    }

    @Override
    public void progressed(long done) {
        if (total <= 0) {
            return;
        }
        double share = Math.min(1, (double) done / total);
        double seconds = (System.nanoTime() - startedAt) / 1e9;
        long perSecond = Math.round(done / Math.max(seconds, 0.001));
        if (terminal) {
            int filled = (int) Math.round(share * WIDTH);
            out.print("\r[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] "
                    + OperatorText.get("archive.progress.line", Math.round(share * 100), done, total, perSecond));
            out.flush();
            drawn = true;
            return;
        }
        int tenth = (int) Math.floor(share * 10);
        if (tenth > lastTenth) {
            lastTenth = tenth;
            out.println(OperatorText.get("archive.progress.line", tenth * 10, done, total, perSecond));
        }
    }

    void finish() {
        if (drawn) {
            out.println();
            drawn = false;
        }
    }
}
