package vn.toasoan.storage;

import java.io.PrintStream;

/**
 * A progress bar for a long command: redrawn in place on a terminal, a line every tenth of the way in a log, so that
 * neither the operator's screen nor journald fills with it.
 */
final class Progress {

    private static final int WIDTH = 30;

    private final PrintStream out;
    private final long total;
    private final boolean terminal;
    private long done;
    private int lastTenth = -1;
    private long lastDraw;

    Progress(PrintStream out, long total, boolean terminal) {
        this.out = out;
        this.total = total;
        this.terminal = terminal;
    }

    void step(String detail) {
        done++;
        int percent = total == 0 ? 100 : (int) (done * 100 / total);
        if (terminal) {
            long now = System.nanoTime();
            if (done == total || now - lastDraw > 100_000_000L) {
                lastDraw = now;
                int filled = percent * WIDTH / 100;
                out.print("\r[" + "#".repeat(filled) + "-".repeat(WIDTH - filled) + "] " + percent + "% " + done + "/"
                        + total + " " + detail);
                if (done == total) {
                    out.println();
                }
                out.flush();
            }
        } else if (percent / 10 != lastTenth) {
            lastTenth = percent / 10;
            out.println(percent + "% (" + done + "/" + total + ")");
        }
    }
}
