package vn.toasoan.articles;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.toasoan.sections.Section;
import vn.toasoan.sections.Sections;

/** Imports scraped article pages and publishes them; all files or none. */
@Service
public class PageImporter {

    private final Articles articles;
    private final Sections sections;
    private final BodySanitizer sanitizer;
    private final ArticleText text;

    PageImporter(Articles articles, Sections sections, BodySanitizer sanitizer, ArticleText text) {
        this.articles = articles;
        this.sections = sections;
        this.sanitizer = sanitizer;
        this.text = text;
    }

    /** One imported page: its public path and what the newsroom should look at, in the operator's language. */
    public record ImportedPage(
            Path file, long articleId, String path, boolean alreadyImported, List<String> warnings) {}

    /**
     * Reads every file before writing anything, so that one bad file leaves the database unchanged.
     *
     * @throws PageImportException naming the file that is not an article page
     */
    @Transactional
    public List<ImportedPage> importFiles(List<Path> files, String sectionSlug) {
        Section section = section(sectionSlug);
        List<ScrapedPage> pages = new ArrayList<>();
        for (Path file : files) {
            try {
                pages.add(ScrapedPageParser.parse(read(file)));
            } catch (PageImportException e) {
                throw e.in(file);
            }
        }
        List<ImportedPage> imported = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            imported.add(publish(files.get(i), pages.get(i), section));
        }
        return imported;
    }

    private ImportedPage publish(Path file, ScrapedPage page, Section section) {
        List<String> warnings = new ArrayList<>();
        for (int[] pair : page.nearDuplicates()) {
            warnings.add(text.get("articles.import.nearDuplicate", pair[0], pair[1]));
        }
        Optional<Long> existing = articles.findPublishedCopy(page.title(), page.updatedAt());
        long id = existing.orElseGet(() -> articles.publish(new NewArticle(
                section.id(),
                page.title(),
                page.sapo(),
                sanitizer.paragraphs(page.body()),
                page.byline(),
                List.of(),
                page.figures().stream()
                        .map(f -> new NewArticle.NewFigure(f.position(), null, f.caption(), f.credit(), ""))
                        .toList(),
                page.updatedAt(),
                page.updatedAt())));
        String path = articles.find(id).orElseThrow().url();
        return new ImportedPage(file, id, path, existing.isPresent(), warnings);
    }

    private Section section(String slug) {
        if (slug != null && !slug.isBlank()) {
            return sections.bySlug(slug).orElseThrow(() -> new PageImportException("articles.import.noSection", slug));
        }
        return sections.all().stream()
                .findFirst()
                .orElseGet(() -> sections.create(text.vi("articles.import.defaultSection"), "thoi-su", 1));
    }

    private static String read(Path file) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new PageImportException("articles.import.notUtf8");
        } catch (IOException e) {
            throw new PageImportException("articles.import.unreadable", String.valueOf(e.getMessage()));
        }
    }
}
