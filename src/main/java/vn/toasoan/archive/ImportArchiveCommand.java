package vn.toasoan.archive;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import vn.toasoan.platform.OperatorText;
import vn.toasoan.platform.VietnamTime;
import vn.toasoan.storage.DataDirectory;

/**
 * {@code java -jar toasoan.jar import-archive export.xml [--uploads DIR]} or {@code import-archive FOLDER
 * [--section=slug]}: a WordPress export or a folder of scraped article pages, with a progress bar and a summary at
 * the end, in the operator's language. The checks' warnings go to a report file; the console says where.
 */
@Component
@ConditionalOnProperty(name = "toasoan.command", havingValue = "import-archive")
class ImportArchiveCommand implements ApplicationRunner, ExitCodeGenerator {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final ArchiveImporter importer;
    private final DataDirectory dataDirectory;
    private final Clock clock;
    private final PrintStream out = System.out;
    private final PrintStream err = System.err;
    private int exitCode;

    ImportArchiveCommand(ArchiveImporter importer, DataDirectory dataDirectory, Clock clock) {
        this.importer = importer;
        this.dataDirectory = dataDirectory;
        this.clock = clock;
    }

    /** What the command line asks, in both forms Spring and operators write options: {@code --a=b} and {@code --a b}. */
    record Arguments(Path source, Path uploads, Path report, String section, boolean download) {

        static Arguments parse(String[] args) {
            List<String> plain = new ArrayList<>();
            Path uploads = null;
            Path report = null;
            String section = null;
            boolean download = true;
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                String value = a.contains("=") ? a.substring(a.indexOf('=') + 1) : null;
                String name = a.contains("=") ? a.substring(0, a.indexOf('=')) : a;
                switch (name) {
                    case "--uploads" -> uploads = Path.of(value != null ? value : args[++i]);
                    case "--report" -> report = Path.of(value != null ? value : args[++i]);
                    case "--section" -> section = value != null ? value : args[++i];
                    case "--no-download" -> download = false;
                    default -> {
                        if (!a.startsWith("--") && !a.equals("import-archive")) {
                            plain.add(a);
                        }
                    }
                }
            }
            return new Arguments(plain.size() == 1 ? Path.of(plain.get(0)) : null, uploads, report, section, download);
        }
    }

    @Override
    public void run(ApplicationArguments args) {
        Arguments arguments;
        try {
            arguments = Arguments.parse(args.getSourceArgs());
        } catch (ArrayIndexOutOfBoundsException e) {
            arguments = new Arguments(null, null, null, null, true);
        }
        if (arguments.source() == null) {
            err.println(OperatorText.get("archive.usage"));
            exitCode = 2;
            return;
        }
        Path source = arguments.source();
        if (!Files.exists(source)) {
            err.println(OperatorText.get("archive.missing", source));
            exitCode = 2;
            return;
        }
        if (arguments.uploads() != null && !Files.isDirectory(arguments.uploads())) {
            err.println(OperatorText.get("archive.noUploads", arguments.uploads()));
            exitCode = 2;
            return;
        }
        Path reportFile = arguments.report() != null
                ? arguments.report()
                : dataDirectory.resolve(
                        "import-reports",
                        "import-archive-" + STAMP.format(clock.instant().atZone(VietnamTime.ZONE)) + ".txt");
        var options = new ArchiveImporter.Options(
                arguments.uploads() == null
                        ? null
                        : arguments.uploads().toAbsolutePath().normalize(),
                arguments.download(),
                arguments.section());
        var progress = new ProgressBar(err, System.console() != null);
        long started = System.nanoTime();
        try (var report = new ImportReport(reportFile)) {
            ImportSummary summary = Files.isDirectory(source)
                    ? importer.importFolder(source, options, progress, report)
                    : importer.importWxr(source, options, progress, report);
            progress.finish();
            summarize(summary, report, (System.nanoTime() - started) / 1e9);
        } catch (IOException e) {
            progress.finish();
            err.println(OperatorText.get("archive.unreadable", source, String.valueOf(e.getMessage())));
            err.println(OperatorText.get("archive.resume"));
            exitCode = 1;
        } catch (IllegalArgumentException e) {
            progress.finish();
            err.println(OperatorText.get("command.error", e.getMessage()));
            exitCode = 2;
        }
    }

    private void summarize(ImportSummary s, ImportReport report, double seconds) {
        out.println(OperatorText.get(
                "archive.summary.imported",
                s.imported,
                s.drafts,
                String.format(java.util.Locale.ROOT, "%.1f", seconds),
                Math.round(s.imported / Math.max(seconds, 0.001))));
        if (s.skipped > 0) {
            out.println(OperatorText.get("archive.summary.skipped", s.skipped));
        }
        out.println(OperatorText.get("archive.summary.details", s.comments, s.photos, s.redirects));
        if (s.photosMissing > 0) {
            out.println(OperatorText.get("archive.summary.photosMissing", s.photosMissing));
        }
        if (!s.unreachableHosts.isEmpty()) {
            out.println(OperatorText.get("archive.summary.unreachable", String.join(", ", s.unreachableHosts)));
        }
        if (s.notArticles > 0) {
            out.println(OperatorText.get("archive.summary.notArticles", s.notArticles));
        }
        if (s.otherItems > 0) {
            out.println(OperatorText.get("archive.summary.otherItems", s.otherItems));
        }
        out.println(OperatorText.get(s.indexed ? "archive.summary.indexed" : "archive.summary.indexLater"));
        out.println(OperatorText.get("archive.summary.model"));
        out.println(OperatorText.get(
                "archive.summary.report", report.lines(), report.file().toAbsolutePath()));
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
