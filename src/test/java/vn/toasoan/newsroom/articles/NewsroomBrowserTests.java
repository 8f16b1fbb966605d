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
import vn.toasoan.support.ToaSoanIntegrationTest;

/**
 * In Chromium: a reporter writes and submits an article, an editor publishes it, and a reader reads it; unsaved text
 * survives a correction sent from the same page. Working copies across computers: {@link EditorWorkflowBrowserTests}.
 */
@ToaSoanIntegrationTest
class NewsroomBrowserTests {

    static final String TITLE = "Chợ nổi Cái Răng đón mùa du lịch cuối năm";

    @LocalServerPort
    int port;

    @Autowired
    Newsroom newsroom;

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
    void aReporterWritesAndSubmitsAnEditorPublishesAndReadersReadIt() throws Exception {
        Account reporter = newsroom.account(Role.REPORTER);
        Account editor = newsroom.account(Role.EDITOR);

        logIn(reporter);
        browser.findElement(By.linkText("Viết bài mới")).click();
        browser.findElement(By.id("title")).sendKeys(TITLE);
        browser.findElement(By.id("sapo"))
                .sendKeys("Những ngày cuối năm, chợ nổi trên sông Cần Thơ đông khách từ sáng sớm.");
        WebElement body =
                wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#body-editor .ql-editor")));
        body.click();
        body.sendKeys("Từ bốn giờ sáng, hàng trăm ghe xuồng chở trái cây đã neo dọc bến.");
        body.sendKeys(org.openqa.selenium.Keys.ENTER);
        body.sendKeys("Du khách thuê xuồng nhỏ để len giữa các ghe, mua trái cây và ăn sáng trên sông.");
        new Select(browser.findElement(By.id("sectionId"))).selectByVisibleText("Xã hội");
        browser.findElement(By.id("byline")).sendKeys("MINH AN");
        screenshot("newsroom-editor.png");
        browser.findElement(By.cssSelector("button[data-transition=SUBMIT]")).click();

        wait.until(ExpectedConditions.textToBe(By.id("status"), "Chờ duyệt"));
        assertThat(browser.findElement(By.cssSelector(".nr-flash--ok")).getText())
                .contains("Chờ duyệt");
        assertThat(browser.findElements(By.id("editor-form"))).isEmpty();
        browser.findElement(By.cssSelector(".nr-user button")).click();
        wait.until(ExpectedConditions.urlContains("/toa-soan/dang-nhap"));

        logIn(editor);
        WebElement inReview = browser.findElement(By.cssSelector("#in-review"));
        inReview.findElement(By.linkText(TITLE)).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button[data-transition=PUBLISH]")))
                .click();
        wait.until(ExpectedConditions.textToBe(By.id("status"), "Đã đăng"));
        screenshot("newsroom-published.png");
        String publicUrl = browser.findElement(By.id("public-link")).getAttribute("href");

        browser.get(publicUrl);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(TITLE);
        assertThat(browser.findElement(By.cssSelector(".article__body")).getText())
                .contains("hàng trăm ghe xuồng chở trái cây")
                .contains("Du khách thuê xuồng nhỏ");
        assertThat(browser.findElement(By.cssSelector(".article__byline")).getText())
                .isEqualTo("MINH AN");
        assertThat(browser.findElement(By.cssSelector("time.article__updated")).getText())
                .startsWith("Cập nhật: ");
        screenshot("reader-article-from-newsroom.png");
    }

    @Test
    void aCorrectionKeepsUnsavedEditsAndUnpublishingAsksFirst() {
        Account editor = newsroom.account(Role.EDITOR);
        long id = newsroom.draft(editor, "Giá xăng giảm lần thứ ba").id();
        newsroom.force(id, vn.toasoan.articles.ArticleStatus.PUBLISHED);

        logIn(editor);
        browser.get("http://localhost:" + port + "/toa-soan/bai-viet/" + id);
        assertThat(beforeContent(".ql-picker.ql-header .ql-picker-label")).isEqualTo("\"Đoạn văn\"");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("title"))).sendKeys(" trong tháng");
        WebElement body =
                wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#body-editor .ql-editor")));
        body.click();
        body.sendKeys(org.openqa.selenium.Keys.END, " Đoạn mới chưa lưu.");
        browser.findElement(By.id("correction")).sendKeys("Bài trước ghi nhầm ngày điều chỉnh giá.");
        browser.findElement(By.cssSelector("#dinh-chinh button[type=submit]")).click();

        Browser.awaitDone(browser, "đính chính");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".nr-restore button")))
                .click();
        assertThat(browser.findElement(By.id("title")).getAttribute("value"))
                .isEqualTo("Giá xăng giảm lần thứ ba trong tháng");
        assertThat(browser.findElement(By.cssSelector("#body-editor .ql-editor"))
                        .getText())
                .contains("Đoạn mới chưa lưu.");

        browser.findElement(By.cssSelector("button[data-transition=UNPUBLISH]")).click();
        var question = wait.until(ExpectedConditions.alertIsPresent());
        assertThat(question.getText()).startsWith("Gỡ bài này khỏi trang báo?");
        question.dismiss();
        assertThat(newsroom.status(id)).isEqualTo(vn.toasoan.articles.ArticleStatus.PUBLISHED);

        browser.findElement(By.cssSelector("button[data-transition=UNPUBLISH]")).click();
        wait.until(ExpectedConditions.alertIsPresent()).accept();
        wait.until(ExpectedConditions.textToBe(By.id("status"), "Đã gỡ"));
        assertThat(browser.findElement(By.id("title")).getAttribute("value"))
                .isEqualTo("Giá xăng giảm lần thứ ba trong tháng");
        assertThat(keptDrafts()).isEmpty();
    }

    @Test
    void theEditorsToolbarIsNamedInTheNewsroomsLanguageOnly() {
        logIn(newsroom.account(Role.REPORTER));

        browser.get("http://localhost:" + port + "/toa-soan/bai-viet/moi");
        assertThat(toolbarNames())
                .contains("Kiểu đoạn", "In đậm", "In nghiêng", "Chèn liên kết", "Danh sách đánh số", "Xóa định dạng")
                .doesNotContain("bold", "italic", "link", "list: ordered", "list: bullet", "clean");

        browser.get("http://localhost:" + port + "/toa-soan/bai-viet/moi?lang=en");
        assertThat(toolbarNames()).contains("Paragraph style", "Bold", "Numbered list", "Bulleted list");
    }

    /** The names a screen reader gives the editor's toolbar controls, once the editor has started. */
    @SuppressWarnings("unchecked")
    private java.util.List<Object> toolbarNames() {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".ql-toolbar button.ql-bold")));
        return (java.util.List<Object>)
                ((org.openqa.selenium.JavascriptExecutor) browser)
                        .executeScript(
                                "return Array.from(document.querySelectorAll("
                                        + "'.ql-toolbar button, .ql-toolbar .ql-picker-label')).map(e => e.getAttribute('aria-label'));");
    }

    /** What the stylesheets write before an element, as the browser computes it. */
    private String beforeContent(String selector) {
        return (String) ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript(
                        "return getComputedStyle(document.querySelector(arguments[0]), '::before').content;", selector);
    }

    /** This site's keys in the browser's local storage that hold unsaved articles. */
    @SuppressWarnings("unchecked")
    private java.util.List<Object> keptDrafts() {
        return (java.util.List<Object>) ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("return Object.keys(localStorage).filter(k => k.startsWith('toasoan.draft.'));");
    }

    private void logIn(Account account) {
        browser.get("http://localhost:" + port + "/toa-soan");
        wait.until(ExpectedConditions.urlContains("/toa-soan/dang-nhap"));
        browser.findElement(By.id("email")).sendKeys(account.email());
        browser.findElement(By.id("password")).sendKeys(Newsroom.PASSWORD);
        browser.findElement(By.cssSelector("form.nr-form button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".nr-user")));
    }

    private void screenshot(String name) throws Exception {
        Path target = Path.of("target", "screenshots");
        Files.createDirectories(target);
        Files.write(target.resolve(name), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}
