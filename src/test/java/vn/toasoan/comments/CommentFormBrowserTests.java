package vn.toasoan.comments;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.toasoan.support.Browser;
import vn.toasoan.support.ToaSoanIntegrationTest;

/** The comment form on a phone: it remembers the reader, tells every problem at once, and names a file too big. */
@ToaSoanIntegrationTest
class CommentFormBrowserTests {

    static final String ARTICLE = "Chợ phiên Hòa Sơn họp lại sau mùa mưa";

    static WebDriver browser;

    @LocalServerPort
    int port;

    @Autowired
    CommentPages pages;

    @BeforeAll
    static void start() {
        browser = Browser.start();
    }

    @AfterAll
    static void stop() {
        browser.quit();
    }

    @Test
    void theFormRemembersTheReadersNameAndEmailUntilTheyAskItToForget() {
        // a reader of their own, as the reverse proxy names them, so that no other test's comments count against them
        var chrome = (org.openqa.selenium.chrome.ChromeDriver) browser;
        chrome.executeCdpCommand("Network.enable", java.util.Map.of());
        chrome.executeCdpCommand(
                "Network.setExtraHTTPHeaders",
                java.util.Map.of("headers", java.util.Map.of("X-Forwarded-For", "203.0.113.61")));
        try {
            remembersAndForgets();
        } finally {
            chrome.executeCdpCommand("Network.setExtraHTTPHeaders", java.util.Map.of("headers", java.util.Map.of()));
        }
    }

    private void remembersAndForgets() {
        String url = url(pages.article(ARTICLE).url());
        browser.get(url);
        assertThat(browser.findElement(By.cssSelector("[data-remembered]")).isDisplayed())
                .isFalse();
        browser.findElement(By.id("comment-name")).sendKeys("Phan Thị Mai");
        browser.findElement(By.id("comment-email")).sendKeys("mai.phan@example.vn");
        browser.findElement(By.id("comment-content")).sendKeys("Chợ phiên đông vui trở lại, bà con vùng cao rất mừng.");
        pages.fillIn();
        click(browser.findElement(By.cssSelector(".comment-form__submit")));
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.cssSelector("[data-form-message]"), "đang chờ biên tập"));

        browser.get(url);
        assertThat(value("comment-name")).isEqualTo("Phan Thị Mai");
        assertThat(value("comment-email")).isEqualTo("mai.phan@example.vn");
        assertThat(value("comment-content")).isEmpty();
        WebElement forget = browser.findElement(By.cssSelector("[data-forget]"));
        assertThat(forget.isDisplayed()).isTrue();
        assertThat(forget.getText()).isEqualTo("Quên thông tin của tôi");

        click(forget);
        assertThat(value("comment-name")).isEmpty();
        assertThat(value("comment-email")).isEmpty();
        browser.get(url);
        assertThat(value("comment-name")).isEmpty();
        assertThat(browser.findElement(By.cssSelector("[data-remembered]")).isDisplayed())
                .isFalse();
    }

    @Test
    void anInvalidEmailAndMissingDiacriticsAreShownTogether() {
        browser.get(url(pages.article(ARTICLE).url()));
        browser.findElement(By.id("comment-name")).sendKeys("Hùng");
        browser.findElement(By.id("comment-email")).sendKeys("hung-khong-co-a-cong");
        browser.findElement(By.id("comment-content"))
                .sendKeys("Cho phien nam nay dong vui qua, cam on bao da dua tin ve ba con vung cao");

        click(browser.findElement(By.cssSelector(".comment-form__submit")));
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(d ->
                        !d.findElement(By.id("comment-content-error")).getText().isBlank());

        assertThat(browser.findElement(By.id("comment-email-error")).getText()).isNotBlank();
        assertThat(browser.findElement(By.id("comment-content-error")).getText())
                .contains("có dấu");
        assertThat(browser.findElement(By.id("comment-email")).getAttribute("aria-invalid"))
                .isEqualTo("true");
        assertThat(browser.findElement(By.id("comment-content")).getAttribute("aria-invalid"))
                .isEqualTo("true");
        WebElement use = browser.findElement(By.cssSelector(".comment-form__use"));
        assertThat(use.getText()).isEqualTo("Dùng gợi ý này");
        // outlined in the colour of "Gửi", whether or not the pointer rests on it
        assertThat(use.getCssValue("border-top-style")).isEqualTo("solid");
        assertThat(use.getCssValue("border-top-color"))
                .isEqualTo(browser.findElement(By.cssSelector(".comment-form__submit"))
                        .getCssValue("background-color"));
    }

    @Test
    void aFileTooBigSaysHowBigItIsAndCanBeRemoved() throws Exception {
        Path big = Files.createTempFile("anh-lon-", ".jpg");
        try (var file = new RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(13_002_342L);
        }
        browser.get(url(pages.article(ARTICLE).url()));

        browser.findElement(By.id("comment-attachment"))
                .sendKeys(big.toAbsolutePath().toString());

        assertThat(browser.findElement(By.id("comment-attachment-error")).getText())
                .isEqualTo("Tệp 12,4 MB vượt quá giới hạn 10 MB.");
        WebElement remove = browser.findElement(By.cssSelector("[data-remove-file]"));
        assertThat(remove.getText()).isEqualTo("Bỏ tệp này");
        click(remove);
        assertThat(value("comment-attachment")).isEmpty();
        assertThat(browser.findElement(By.id("comment-attachment-error")).getText())
                .isEmpty();
        assertThat(remove.isDisplayed()).isFalse();
        Files.deleteIfExists(big);
    }

    private String value(String id) {
        return browser.findElement(By.id(id)).getAttribute("value");
    }

    private static void click(WebElement element) {
        ((JavascriptExecutor) browser)
                .executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
        element.click();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
