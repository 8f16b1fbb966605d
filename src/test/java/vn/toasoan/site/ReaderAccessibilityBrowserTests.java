package vn.toasoan.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.toasoan.articles.PageImporter;
import vn.toasoan.support.Axe;
import vn.toasoan.support.Browser;
import vn.toasoan.support.ToaSoanIntegrationTest;

/**
 * What axe-core finds on the reader's pages, on a phone and on a laptop: nothing of impact serious or critical, so a
 * reader with a screen reader, a keyboard or weak eyes can use them.
 */
@ToaSoanIntegrationTest
class ReaderAccessibilityBrowserTests {

    static WebDriver browser;

    @LocalServerPort
    int port;

    @Autowired
    PageImporter importer;

    @BeforeAll
    static void start() {
        browser = Browser.start();
    }

    @AfterAll
    static void stop() {
        browser.quit();
    }

    @Test
    void theReadersPagesHaveNoSeriousOrCriticalViolation() throws IOException {
        String article = importSample();
        for (int width : List.of(375, 1366)) {
            browser.manage().window().setSize(new Dimension(width, 900));
            for (String path : List.of(
                    "/", "/thoi-su", article, "/tim-kiem?q=c%E1%BA%A7u", "/khong-co-trang-nay", "/lien-he", "/rss")) {
                browser.get(url(path));
                assertThat(Axe.seriousOrCritical(browser))
                        .as(path + " at " + width + " px")
                        .isEmpty();
            }
        }
    }

    @Test
    void theCommentFormInItsErrorStateHasNoSeriousOrCriticalViolation() throws IOException {
        browser.manage().window().setSize(new Dimension(375, 900));
        browser.get(url(importSample()));
        var js = (JavascriptExecutor) browser;
        browser.findElement(By.id("comment-email")).sendKeys("khong-phai-email");
        browser.findElement(By.id("comment-content")).sendKeys("Cau nay dep qua, cam on bao da dua tin");
        js.executeScript(
                "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})",
                browser.findElement(By.cssSelector(".comment-form__submit")));
        browser.findElement(By.cssSelector(".comment-form__submit")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d ->
                        !d.findElement(By.id("comment-email-error")).getText().isBlank());

        assertThat(Axe.seriousOrCritical(browser)).isEmpty();
    }

    private String importSample() throws IOException {
        Path file = Files.createTempFile("trang-", ".txt");
        try (var in = getClass().getResourceAsStream("/pages/bai-mau-hoi-nghi.txt")) {
            Files.write(file, in.readAllBytes());
        }
        return importer.importFiles(List.of(file), null).get(0).path();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
