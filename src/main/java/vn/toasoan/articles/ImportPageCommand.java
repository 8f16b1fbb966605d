package vn.toasoan.articles;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar toasoan.jar import-page [--section=slug] FILE...}: prints each article's public path, then its
 * warnings, in Vietnamese: a command runs outside any request, in the paper's language.
 */
@Component
@ConditionalOnProperty(name = "toasoan.command", havingValue = "import-page")
class ImportPageCommand implements ApplicationRunner, ExitCodeGenerator {

    private final PageImporter importer;
    private final ArticleText text;
    private final PrintStream out = System.out;
    private final PrintStream err = System.err;
    private int exitCode;

    ImportPageCommand(PageImporter importer, ArticleText text) {
        this.importer = importer;
        this.text = text;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<Path> files = args.getNonOptionArgs().stream()
                .filter(a -> !a.equals("import-page"))
                .map(Path::of)
                .toList();
        if (files.isEmpty()) {
            err.println(text.get("articles.import.usage"));
            exitCode = 2;
            return;
        }
        List<String> section = args.getOptionValues("section");
        try {
            for (PageImporter.ImportedPage page :
                    importer.importFiles(files, section == null ? null : section.get(0))) {
                out.println(
                        page.alreadyImported()
                                ? text.get("articles.import.alreadyImported", page.path())
                                : page.path());
                page.warnings().forEach(w -> out.println("  " + w));
            }
        } catch (PageImportException e) {
            err.println(text.get("articles.import.failed", text.get(e)));
            err.println(text.get("articles.import.nothingImported"));
            exitCode = 1;
        }
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
