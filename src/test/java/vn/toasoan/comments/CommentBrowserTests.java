package vn.toasoan.comments;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.toasoan.newsroom.Newsroom;
import vn.toasoan.support.Browser;
import vn.toasoan.support.ToaSoanIntegrationTest;

/** A reader and an editor in headless Chromium. */
@ToaSoanIntegrationTest
class CommentBrowserTests {

    static final String ARTICLE = "Cầu treo thôn Cồn Mây được sửa lại trước mùa lũ";

    static WebDriver browser;

    @LocalServerPort
    int port;

    @Autowired
    Comments comments;

    @Autowired
    Newsroom newsroom;

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

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    @Test
    void scriptsInANameOrACommentNeverRun() throws Exception {
        var form = pages.aged(ARTICLE);
        String name = "<img src=x onerror=\"window.__xss=1\">Hùng";
        String content = "<script>window.__xss=2</script> Xem https://x.vn/\"><script>window.__xss=3</script> nhé"
                + " <b onmouseover=\"window.__xss=4\">đậm</b>";
        var sent = new ReaderClient(port)
                .post(
                        "/binh-luan/" + form.id(),
                        CommentPages.fields(name, "xss@example.vn", content, form.token()),
                        null,
                        "text/html");
        assertThat(sent.status()).isEqualTo(303);
        var comment = comments.queue(new CommentQuery(null, null, null, "xss@example.vn"), 1)
                .items()
                .get(0);
        comments.approve(comment.id(), null, "bientap@toasoan.vn");

        browser.get(url(form.url()));
        WebElement shown = browser.findElement(By.id("binh-luan-" + comment.id()));
        assertThat(shown.getText())
                .contains("<img src=x onerror=\"window.__xss=1\">Hùng", "<script>window.__xss=2</script>");
        assertThat(shown.findElements(By.tagName("img"))).isEmpty();
        assertThat(shown.findElements(By.tagName("b"))).isEmpty();
        assertThat(shown.findElements(By.cssSelector("a[rel='nofollow ugc noopener']")))
                .hasSize(1);
        assertThat(((JavascriptExecutor) browser).executeScript("return window.__xss === undefined"))
                .isEqualTo(true);
    }

    @Test
    void aReaderSendsAnImageAnEditorEditsAndApprovesAndTheReaderSeesTheEditedText() throws Exception {
        Path image = Files.createTempFile("anh-ban-doc-", ".jpg");
        Files.write(image, CommentFlowIntegrationTests.jpeg());
        var article = pages.aged(ARTICLE);
        var wait = new WebDriverWait(browser, Duration.ofSeconds(20));

        // the reader, on a phone-sized window
        browser.get(url(article.url()));
        browser.findElement(By.id("comment-name")).sendKeys("Ngô Thị Lan");
        browser.findElement(By.id("comment-email")).sendKeys("lan.ngo@example.vn");
        browser.findElement(By.id("comment-content"))
                .sendKeys("Cây cầu ở thôn tôi bị sạt lở lâu lắm rồi mà chưa ai sửa, mong báo lên tiếng giúp!");
        browser.findElement(By.id("comment-attachment"))
                .sendKeys(image.toAbsolutePath().toString());
        // the time a reader takes over the form, on the application's clock
        pages.fillIn();
        click(browser.findElement(By.cssSelector(".comment-form button[type='submit']")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("[data-form-message]"), "đang chờ biên tập"));
        assertThat(browser.findElement(By.id("comment-content")).getAttribute("value"))
                .isEmpty();
        assertThat(browser.findElement(By.id("binh-luan")).getText()).doesNotContain("Cây cầu ở thôn tôi");

        // the editor, in the moderation queue
        signInAsEditor();
        assertThat(browser.getPageSource()).contains("Bình luận chờ duyệt");
        browser.get(url("/toa-soan/binh-luan?q=lan.ngo%40example.vn"));
        WebElement item = browser.findElement(By.cssSelector(".mod-item"));
        assertThat(item.getText()).contains("Ngô Thị Lan", "lan.ngo@example.vn", "Có file đính kèm");
        WebElement preview = item.findElement(By.cssSelector(".mod-item__file img"));
        // a lazy image loads once the editor scrolls to it, after the page: wait for it, rather than read it at once
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", preview);
        wait.until(d -> ((Number) ((JavascriptExecutor) d).executeScript("return arguments[0].naturalWidth", preview))
                        .intValue()
                > 0);
        click(item.findElement(By.cssSelector("[data-edit] summary")));
        Files.createDirectories(Path.of("target"));
        Files.write(
                Path.of("target", "comments-queue.png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        WebElement text = item.findElement(By.cssSelector("[data-edit] textarea"));
        text.clear();
        text.sendKeys("Cây cầu ở thôn tôi bị sạt lở đã lâu mà chưa được sửa, mong báo lên tiếng giúp.");
        click(item.findElement(By.cssSelector("[data-edit] button[type='submit']")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".mod-flash"), "Đã duyệt"));

        // the reader again: the page a browser keeps for its short public lifetime is asked for again on a reload
        browser.manage().deleteAllCookies();
        browser.get(url(article.url()));
        browser.navigate().refresh();
        WebElement thread = browser.findElement(By.id("binh-luan"));
        assertThat(thread.getText())
                .contains("Cây cầu ở thôn tôi bị sạt lở đã lâu mà chưa được sửa, mong báo lên tiếng giúp.")
                .contains("đã biên tập")
                .doesNotContain("lâu lắm rồi")
                .doesNotContain("lan.ngo@example.vn");
        WebElement thumbnail = thread.findElement(By.cssSelector(".comment__image img"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", thumbnail);
        wait.until(d -> ((Number) ((JavascriptExecutor) d).executeScript("return arguments[0].naturalWidth", thumbnail))
                        .intValue()
                > 0);
        assertThat(browser.findElement(By.cssSelector(".article__comments")).getText())
                .matches(".*[1-9].*");
        Files.createDirectories(Path.of("target"));
        Files.write(
                Path.of("target", "comments-approved.png"),
                ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        Files.deleteIfExists(image);
    }

    private static void click(WebElement element) {
        ((JavascriptExecutor) browser)
                .executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
        element.click();
    }

    /** An editor logs in through the newsroom's login page. */
    private void signInAsEditor() {
        newsroom.staff();
        browser.get(url("/toa-soan/dang-nhap"));
        browser.findElement(By.id("email")).sendKeys(Newsroom.EDITOR);
        browser.findElement(By.id("password")).sendKeys(Newsroom.PASSWORD);
        click(browser.findElement(By.cssSelector("form.nr-form button[type=submit]")));
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".nr-user")));
    }
}
