package vn.toasoan.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import vn.toasoan.platform.VietnamTime;
import vn.toasoan.support.ToaSoanIntegrationTest;

/**
 * import-archive on the whole application: a generated WordPress export with its uploads, an interrupted import
 * started again, a folder of scraped pages, and photos whose site does not answer. The archive would crowd the pages
 * other test classes read, so the application is not shared after this class.
 */
@ToaSoanIntegrationTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ArchiveImportIntegrationTests {

    private static final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort
    int port;

    @Autowired
    ArchiveImporter importer;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path dir;

    private final List<Long> progress = new ArrayList<>();

    @Test
    void aWordPressExportBecomesThePapersArticlesWithTheirDatesSectionsBylinesPhotosCommentsAndOldAddresses()
            throws Exception {
        String site = "https://baocu-mot.example";
        Path export = dir.resolve("export.xml");
        Path uploads = dir.resolve("uploads");
        new WxrGenerator(7, site).write(40, export, uploads, 6);
        List<WxrItem> items = items(export);
        List<WxrItem> posts = items.stream().filter(WxrArticles::imports).toList();
        WxrItem published = posts.stream()
                .filter(p -> p.status().equals("publish") && !p.comments().isEmpty())
                .findFirst()
                .orElseThrow();

        ImportSummary summary = importWxr(export, uploads);

        assertThat(summary.imported).isEqualTo(posts.size());
        assertThat(summary.drafts)
                .isEqualTo(posts.stream()
                        .filter(p -> !p.status().equals("publish"))
                        .count());
        long id = articleOf(site, published);
        var row = jdbc.sql("""
                        SELECT a.status, a.byline, a.published_at, s.name AS section, a.title
                        FROM articles a JOIN sections s ON s.id = a.section_id WHERE a.id = ?""")
                .param(id)
                .query((rs, n) -> new String[] {
                    rs.getString("status"),
                    rs.getString("byline"),
                    rs.getObject("published_at", java.time.OffsetDateTime.class)
                            .toInstant()
                            .toString(),
                    rs.getString("section"),
                    rs.getString("title")
                })
                .single();
        assertThat(row[0]).isEqualTo("PUBLISHED");
        assertThat(row[1]).as("the author's display name").matches("\\p{Lu}\\p{L}+ \\p{Lu}\\p{L}+ \\p{Lu}\\p{L}+");
        assertThat(row[2]).isEqualTo(published.date().toString());
        assertThat(row[3]).isEqualTo(published.categories().get(0).name());
        assertThat(row[4]).isEqualTo(published.title());

        String page = get(path(id)).body();
        assertThat(page).contains("Cập nhật: " + VietnamTime.updated(published.date()));
        long approved = published.comments().stream()
                .filter(WxrItem.Comment::isApprovedReaderComment)
                .count();
        assertThat(jdbc.sql("SELECT count(*) FROM comments WHERE article_id = ? AND status = 'APPROVED'")
                        .param(id)
                        .query(Long.class)
                        .single())
                .isEqualTo(approved);
        assertThat(jdbc.sql("SELECT count(*) FROM comments WHERE article_id = ? AND status <> 'APPROVED'")
                        .param(id)
                        .query(Long.class)
                        .single())
                .as("spam, trash, waiting comments and pingbacks stay out")
                .isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM figures WHERE article_id = ? AND image_id IS NOT NULL")
                        .param(id)
                        .query(Long.class)
                        .single())
                .as("the featured photo, from the local uploads tree")
                .isPositive();
        assertThat(page).contains("<figcaption");

        HttpResponse<String> old = get(URI.create(published.link()).getPath());
        assertThat(old.statusCode()).isEqualTo(301);
        assertThat(old.headers().firstValue("Location")).hasValue(path(id));
        assertThat(get("/?p=" + published.id()).statusCode()).isEqualTo(301);

        WxrItem draft = posts.stream()
                .filter(p -> !p.status().equals("publish"))
                .findFirst()
                .orElseThrow();
        long draftId = articleOf(site, draft);
        assertThat(get(path(draftId)).statusCode())
                .as("a draft is never public")
                .isEqualTo(404);
        assertThat(jdbc.sql("SELECT count(*) FROM article_old_paths WHERE article_id = ?")
                        .param(draftId)
                        .query(Long.class)
                        .single())
                .as("no old address leads to a draft")
                .isZero();
    }

    @Test
    void anInterruptedImportStartedAgainImportsEveryArticleOnce() throws Exception {
        String site = "https://baocu-hai.example";
        Path export = dir.resolve("export.xml");
        new WxrGenerator(11, site).write(ArchiveImporter.BATCH * 2 + 37, export, null, 0);
        long expected = items(export).stream().filter(WxrArticles::imports).count();

        assertThatThrownBy(() -> importer.importWxr(
                        export,
                        new ArchiveImporter.Options(null, false, null),
                        new ArchiveImporter.Listener() {
                            @Override
                            public void started(long total) {}

                            @Override
                            public void progressed(long done) {
                                throw new IllegalStateException("the power went out after " + done);
                            }
                        },
                        report()))
                .hasMessageContaining("the power went out after " + ArchiveImporter.BATCH);
        assertThat(imported(site)).isEqualTo(ArchiveImporter.BATCH);

        ImportSummary again = importWxr(export, null);

        assertThat(again.skipped).isEqualTo(ArchiveImporter.BATCH);
        assertThat(again.imported).isEqualTo(expected - ArchiveImporter.BATCH);
        assertThat(imported(site)).isEqualTo(expected);
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM (SELECT a.title, a.published_at FROM articles a
                            JOIN archive_sources s ON s.article_id = a.id WHERE s.source LIKE ?
                            GROUP BY a.title, a.published_at HAVING count(*) > 1) twice""").param("wxr:" + site + "#%").query(Long.class).single())
                .isZero();
        assertThat(progress).last().isEqualTo(expected);
    }

    @Test
    void photosOnASiteThatDoesNotAnswerAreAWarningNotAFailure() throws Exception {
        String site = "https://baocu-ba.invalid";
        Path export = dir.resolve("export.xml");
        Path uploads = dir.resolve("uploads-elsewhere");
        new WxrGenerator(13, site).write(12, export, uploads, 2);
        Path empty = Files.createDirectories(dir.resolve("empty-uploads"));
        var report = report();

        ImportSummary summary =
                importer.importWxr(export, new ArchiveImporter.Options(empty, true, null), listener(), report);

        assertThat(summary.imported).isPositive();
        assertThat(summary.photosMissing).isPositive();
        assertThat(summary.unreachableHosts).containsExactly("baocu-ba.invalid");
        report.close();
        assertThat(Files.readString(report.file())).contains("không tải được ảnh " + site + "/wp-content/uploads/");
    }

    @Test
    void aFolderOfScrapedPagesIsImportedRecursivelyOnce() throws Exception {
        Path folder = dir.resolve("trang");
        for (String name : List.of("bai-mau-hoi-nghi.txt", "bai-mau-the-thao.txt")) {
            Path target = folder.resolve(name.contains("the-thao") ? "2017/the-thao" : "2018")
                    .resolve(name);
            Files.createDirectories(target.getParent());
            try (var in = getClass().getResourceAsStream("/pages/" + name)) {
                Files.write(target, in.readAllBytes());
            }
        }
        Files.writeString(folder.resolve("2018").resolve("ghi-chu.txt"), "Danh sách việc cần làm trong tuần.");
        var report = report();

        ImportSummary first =
                importer.importFolder(folder, new ArchiveImporter.Options(null, false, null), listener(), report);
        ImportSummary second =
                importer.importFolder(folder, new ArchiveImporter.Options(null, false, null), listener(), report());

        assertThat(first.imported).isEqualTo(2);
        assertThat(first.notArticles).isEqualTo(1);
        assertThat(second.imported).isZero();
        assertThat(second.skipped).isEqualTo(2);
        report.close();
        assertThat(Files.readString(report.file()))
                .contains("ghi-chu.txt", "không phải trang bài viết")
                .contains("gần như trùng nhau");
    }

    private ImportSummary importWxr(Path export, Path uploads) throws Exception {
        try (var report = report()) {
            return importer.importWxr(export, new ArchiveImporter.Options(uploads, false, null), listener(), report);
        }
    }

    private ArchiveImporter.Listener listener() {
        return new ArchiveImporter.Listener() {
            @Override
            public void started(long total) {}

            @Override
            public void progressed(long done) {
                progress.add(done);
            }
        };
    }

    private ImportReport report() {
        return new ImportReport(dir.resolve("bao-cao-" + System.nanoTime() + ".txt"));
    }

    private long articleOf(String site, WxrItem item) {
        return jdbc.sql("SELECT article_id FROM archive_sources WHERE source = ?")
                .param("wxr:" + site + "#" + item.id())
                .query(Long.class)
                .single();
    }

    private long imported(String site) {
        return jdbc.sql("SELECT count(*) FROM archive_sources WHERE source LIKE ?")
                .param("wxr:" + site + "#%")
                .query(Long.class)
                .single();
    }

    private String path(long id) {
        return jdbc.sql("SELECT '/' || slug || '-' || id || '.html' FROM articles WHERE id = ?")
                .param(id)
                .query(String.class)
                .single();
    }

    private static List<WxrItem> items(Path export) throws Exception {
        List<WxrItem> items = new ArrayList<>();
        try (WxrReader reader = WxrReader.open(export)) {
            for (WxrItem item = reader.next(); item != null; item = reader.next()) {
                items.add(item);
            }
        }
        return items;
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Accept", "text/html")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
