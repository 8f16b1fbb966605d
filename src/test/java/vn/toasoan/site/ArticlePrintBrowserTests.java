package vn.toasoan.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.PrintsPage;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.toasoan.articles.Articles;
import vn.toasoan.articles.NewArticle;
import vn.toasoan.articles.PageImporter;
import vn.toasoan.media.MediaStore;
import vn.toasoan.newsroom.Newsroom;
import vn.toasoan.support.Browser;
import vn.toasoan.support.ToaSoanIntegrationTest;

/** A reader prints an article from a laptop: the paper shows the article and where to find it again, nothing else. */
@ToaSoanIntegrationTest
class ArticlePrintBrowserTests {

    static WebDriver browser;

    @LocalServerPort
    int port;

    @Autowired
    PageImporter importer;

    @Autowired
    MediaStore media;

    @Autowired
    Articles articles;

    @Autowired
    Newsroom newsroom;

    @BeforeAll
    static void start() {
        browser = Browser.start();
    }

    @AfterAll
    static void stop() {
        browser.quit();
    }

    @Test
    void anArticlePrintsAsTheArticleAlone() throws IOException {
        String path = importSample();
        browser.manage().window().setSize(new Dimension(1366, 900));
        browser.get("http://localhost:" + port + path);
        ((ChromeDriver) browser).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));

        int pages = printedPages();
        System.out.println("The sample article prints on " + pages + " A4 pages");
        ((ChromeDriver) browser).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));

        for (String chrome : List.of(
                "header.masthead",
                "nav.sections",
                ".share",
                ".comments",
                ".related",
                ".most-read",
                "footer.footer",
                ".article__tags",
                ".article__views",
                ".article__comments")) {
            assertThat(shown(chrome)).as(chrome).isFalse();
        }
        for (String article : List.of(
                "h1.article__title",
                "time.article__updated",
                ".article__sapo",
                ".article__body figcaption",
                ".article__body p",
                ".article__byline",
                ".article__address")) {
            assertThat(shown(article)).as(article).isTrue();
        }
        assertThat(browser.findElement(By.cssSelector(".article__address")).getText())
                .contains("http://localhost:" + port + path);
        assertThat(pages).isLessThanOrEqualTo(2);
    }

    @Test
    void aPhotoPrintsWithItsCaption() {
        var photo = media.store(new BufferedImage(1200, 800, BufferedImage.TYPE_INT_RGB), "anh.jpg");
        long id = articles.publish(new NewArticle(
                newsroom.sectionId(),
                "Đường lên bản Nà Lốc đã thông",
                "Sau ba ngày, tuyến đường bị sạt lở đã được thông xe.",
                "<p>Lực lượng chức năng đã dọn xong đất đá.</p><p>Xe khách chạy lại từ sáng nay.</p>",
                "T.LONG",
                List.of(),
                List.of(new NewArticle.NewFigure(
                        1, photo.id(), "Máy xúc dọn đất đá trên đường lên bản.", "T.LONG", "")),
                Instant.parse("2025-02-01T01:00:00Z"),
                Instant.parse("2025-02-01T01:00:00Z")));
        var article = articles.find(id).orElseThrow();
        browser.manage().window().setSize(new Dimension(1366, 900));
        browser.get("http://localhost:" + port + article.url());
        ((ChromeDriver) browser).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));

        assertThat(shown(".article__body figure img")).isTrue();
        assertThat(browser.findElement(By.cssSelector(".article__body figcaption"))
                        .getText())
                .isEqualTo("Máy xúc dọn đất đá trên đường lên bản. Ảnh: T.LONG");
        assertThat(shown(".masthead")).isFalse();
        ((ChromeDriver) browser).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
    }

    private boolean shown(String selector) {
        return (Boolean) ((JavascriptExecutor) browser)
                .executeScript(
                        "return [...document.querySelectorAll(arguments[0])].some(e => e.getClientRects().length > 0"
                                + " && getComputedStyle(e).visibility !== 'hidden')",
                        selector);
    }

    /** As Chromium's "Save as PDF" prints it on A4 with the default margins. */
    private int printedPages() throws IOException {
        var options = new PrintOptions();
        options.setPageSize(new PageSize(29.7, 21.0));
        String pdf = ((PrintsPage) browser).print(options).getContent();
        byte[] bytes = Base64.getDecoder().decode(pdf);
        Files.createDirectories(Path.of("target", "screenshots"));
        Files.write(Path.of("target", "screenshots", "article-print.pdf"), bytes);
        try (PDDocument document = Loader.loadPDF(bytes)) {
            return document.getNumberOfPages();
        }
    }

    private String importSample() throws IOException {
        Path file = Files.createTempFile("trang-", ".txt");
        try (var in = getClass().getResourceAsStream("/pages/bai-mau-hoi-nghi.txt")) {
            Files.write(file, in.readAllBytes());
        }
        return importer.importFiles(List.of(file), null).get(0).path();
    }
}
