package vn.toasoan.frontpage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.toasoan.accounts.Account;
import vn.toasoan.accounts.Role;
import vn.toasoan.articles.Article;
import vn.toasoan.newsroom.Newsroom;
import vn.toasoan.platform.VietnamTime;
import vn.toasoan.support.ArticleBuilder;
import vn.toasoan.support.Browser;
import vn.toasoan.support.MutableClock;
import vn.toasoan.support.ToaSoanIntegrationTest;

/**
 * In Chromium: an editor pins the day's main story as the home page's lead until an expiry; newer articles do not
 * displace it, and after the expiry the newest article leads again. The home page fills both columns on a desktop and
 * fits a phone.
 */
@ToaSoanIntegrationTest
class FrontPageBrowserTests {

    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");

    @LocalServerPort
    int port;

    @Autowired
    Newsroom newsroom;

    @Autowired
    MutableClock clock;

    WebDriver browser;
    WebDriverWait wait;
    Account editor;

    @BeforeEach
    void open() {
        browser = Browser.start();
        browser.manage().window().setSize(new Dimension(1366, 900));
        // the lists are drawn again after each change: an element read while that happens is read again
        wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        wait.ignoring(StaleElementReferenceException.class);
        editor = newsroom.account(Role.EDITOR);
    }

    @AfterEach
    void close() {
        newsroom.api("PUT", "/api/v1/front-page", editor, "{\"lead\": null, \"featured\": []}");
        browser.quit();
    }

    @Test
    void anEditorPinsALeadThatSurvivesNewArticlesUntilItsExpiry() throws Exception {
        Article mainStory = newsroom.published(ArticleBuilder.article("Tỉnh Sông Lam khởi công cầu Bến Mây hai")
                .sapo("Cây cầu dài 1,2 km nối hai bờ sông Lam, dự kiến hoàn thành sau hai năm thi công.")
                .daysOld(1));
        Article first = newsroom.published(ArticleBuilder.article("Nông dân Phú Điền thu hoạch lúa sớm"));
        Article second = newsroom.published(ArticleBuilder.article("Học sinh Hòa Sơn nhận học bổng vượt khó"));
        logIn(editor);

        browser.get(url("/toa-soan/trang-nhat?q=" + java.net.URLEncoder.encode("cầu Bến Mây hai", "UTF-8")));
        candidate(mainStory).findElement(By.cssSelector("button[value=lead]")).click();
        wait.until(
                ExpectedConditions.presenceOfElementLocated(By.cssSelector("#lead[data-id='" + mainStory.id() + "']")));
        for (Article featured : List.of(first, second)) {
            browser.get(url("/toa-soan/trang-nhat?q=" + java.net.URLEncoder.encode(featured.title(), "UTF-8")));
            candidate(featured)
                    .findElement(By.cssSelector("button[value=feature]"))
                    .click();
            wait.until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("#featured li[data-id='" + featured.id() + "']")));
        }
        // the second featured story moves up, before the first
        browser.findElement(By.cssSelector("#featured li[data-id='" + second.id() + "'] button[value=up]"))
                .click();
        wait.until(d -> featuredIds().equals(List.of(second.id(), first.id())));
        Instant expiry = clock.instant().plus(Duration.ofHours(2));
        WebElement expiryField = browser.findElement(By.id("expiresAt"));
        expiryField.clear();
        expiryField.sendKeys(TYPED.format(expiry.atZone(VietnamTime.ZONE)));
        browser.findElement(By.cssSelector("button[value=expiry]")).click();
        Browser.awaitDone(browser, "Đã lưu");
        assertThat(browser.findElement(By.id("expiresAt")).getAttribute("value"))
                .isEqualTo(TYPED.format(expiry.atZone(VietnamTime.ZONE)));
        assertThat(Browser.consoleErrors(browser)).isEmpty();

        Article later = newsroom.published(ArticleBuilder.article("Tin vắn: mưa lớn ở vùng ven biển"));
        browser.get(url("/"));
        assertThat(leadUrl()).isEqualTo(mainStory.url());
        assertThat(browser.findElements(By.cssSelector(".featured .card__title a")).stream()
                        .map(a -> a.getAttribute("href"))
                        .limit(2)
                        .toList())
                .containsExactly(url(second.url()), url(first.url()));
        screenshot("home-1366.png");
        assertThat(blankBesideTheRightColumn())
                .allSatisfy(blank -> assertThat(blank)
                        .as("blank height at the bottom of a home page row")
                        .isLessThan(360));
        browser.manage().window().setSize(new Dimension(375, 800));
        browser.navigate().refresh();
        assertThat(horizontalOverflow()).isZero();
        screenshot("home-375.png");
        assertThat(Browser.consoleErrors(browser)).isEmpty();

        clock.advance(Duration.ofHours(2).plusMinutes(1));
        browser.navigate().refresh();
        assertThat(leadUrl()).isEqualTo(later.url());
        browser.get(url("/toa-soan/trang-nhat"));
        assertThat(browser.findElement(By.id("expired-note")).getText()).contains("đã hết hạn");
        assertThat(browser.findElements(By.id("lead"))).isEmpty();
    }

    private WebElement candidate(Article article) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#candidates li[data-id='" + article.id() + "']")));
    }

    private List<Long> featuredIds() {
        return browser.findElements(By.cssSelector("#featured li")).stream()
                .map(li -> Long.valueOf(li.getAttribute("data-id")))
                .toList();
    }

    private String leadUrl() {
        return browser.findElement(By.cssSelector(".lead-story h1 a"))
                .getAttribute("href")
                .replace("http://localhost:" + port, "");
    }

    /**
     * For each row of the home page on a desktop, how far the shorter of its two columns ends above the longer: the
     * blank a reader sees beside the end of a column.
     */
    @SuppressWarnings("unchecked")
    private List<Long> blankBesideTheRightColumn() {
        var rows = (List<Map<String, Object>>) ((JavascriptExecutor) browser).executeScript("""
                        return [...document.querySelectorAll('.home__row')].filter(r => r.children.length === 2)
                          .map(r => ({blank: Math.round(Math.abs(r.children[0].getBoundingClientRect().bottom
                                                              - r.children[1].getBoundingClientRect().bottom))}));""");
        assertThat(rows).isNotEmpty();
        return rows.stream().map(r -> ((Number) r.get("blank")).longValue()).toList();
    }

    private long horizontalOverflow() {
        return (Long) ((JavascriptExecutor) browser)
                .executeScript("return Math.max(0, document.documentElement.scrollWidth - window.innerWidth);");
    }

    private void logIn(Account account) {
        Browser.logIn(browser, port, account.email());
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** The whole page, as tall as it is, at the window's width. */
    private void screenshot(String name) throws Exception {
        Dimension window = browser.manage().window().getSize();
        long height =
                (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollHeight;");
        browser.manage().window().setSize(new Dimension(window.getWidth(), (int) Math.min(height + 120, 9000)));
        Path target = Path.of("target", "screenshots", "front-page");
        Files.createDirectories(target);
        Files.write(target.resolve(name), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        browser.manage().window().setSize(window);
    }
}
