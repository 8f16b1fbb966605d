package vn.toasoan.newsroom.articles;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.toasoan.accounts.Account;
import vn.toasoan.accounts.Role;
import vn.toasoan.newsroom.Newsroom;
import vn.toasoan.support.Browser;
import vn.toasoan.support.Http;
import vn.toasoan.support.MutableClock;
import vn.toasoan.support.ToaSoanIntegrationTest;

/**
 * In Chromium: a reporter previews a draft from the editor at a phone's and a desktop's width, makes a link for a source
 * without an account, who opens it logged out; once the link expires it answers 410 with a page that says so.
 */
@ToaSoanIntegrationTest
class PreviewBrowserTests {

    static final String TITLE = "Làng gốm Gò Đình giữ nghề giữa mùa nước nổi";

    @LocalServerPort
    int port;

    @Autowired
    Newsroom newsroom;

    @Autowired
    MutableClock clock;

    WebDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void open() {
        browser = Browser.start();
        browser.manage().window().setSize(new Dimension(1366, 900));
        wait = new WebDriverWait(browser, Duration.ofSeconds(15));
    }

    @AfterEach
    void close() {
        browser.quit();
    }

    @Test
    void aDraftIsPreviewedAtTwoWidthsAndThroughALinkThatExpires() throws Exception {
        Account reporter = newsroom.account(Role.REPORTER);
        long id = newsroom.draft(reporter, TITLE).id();
        logIn(reporter);

        browser.get(url("/toa-soan/bai-viet/" + id));
        String editor = browser.getWindowHandle();
        browser.findElement(By.id("preview-link")).click();
        wait.until(d -> d.getWindowHandles().size() == 2);
        browser.getWindowHandles().stream()
                .filter(handle -> !handle.equals(editor))
                .findFirst()
                .ifPresent(handle -> browser.switchTo().window(handle));
        WebElement frame = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("preview-frame")));
        assertThat(frame.getSize().getWidth()).isBetween(373, 377);
        browser.findElement(By.cssSelector("label:has(#width-desktop)")).click();
        wait.until(d -> d.findElement(By.id("preview-frame")).getSize().getWidth() >= 1364);
        browser.switchTo().frame(frame);
        assertThat(wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".preview-banner")))
                        .getText())
                .startsWith("BẢN XEM TRƯỚC")
                .contains("Bản nháp");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(TITLE);
        browser.switchTo().defaultContent();
        screenshot("newsroom-preview-desktop.png");
        assertThat(Browser.consoleErrors(browser)).isEmpty();

        new Select(browser.findElement(By.id("hours"))).selectByValue("1");
        browser.findElement(By.id("make-link")).click();
        String link = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("preview-url")))
                .getAttribute("value");
        assertThat(link).startsWith(url("/xem-truoc/" + id + "."));

        // a source without an account: no newsroom session in this browser any more
        browser.manage().deleteAllCookies();
        browser.manage().window().setSize(new Dimension(375, 800));
        browser.get(link);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(TITLE);
        assertThat(browser.findElement(By.cssSelector(".preview-banner")).getText())
                .contains("Liên kết này mở được đến");
        assertThat(browser.findElement(By.cssSelector("meta[name=robots]")).getAttribute("content"))
                .contains("noindex");
        screenshot("preview-link-375.png");
        assertThat(Browser.consoleErrors(browser)).isEmpty();

        clock.advance(Duration.ofHours(1).plusMinutes(1));
        browser.navigate().refresh();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Liên kết xem trước đã hết hạn");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("liên kết mới");
        assertThat(browser.findElements(By.cssSelector(".article__title"))).isEmpty();
        assertThat(new Http(port).get(link.substring(url("").length())).statusCode())
                .isEqualTo(410);
    }

    private void logIn(Account account) {
        Browser.logIn(browser, port, account.email());
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void screenshot(String name) throws Exception {
        Path target = Path.of("target", "screenshots");
        Files.createDirectories(target);
        Files.write(target.resolve(name), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}
