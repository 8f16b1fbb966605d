package vn.toasoan.newsroom.articles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.toasoan.accounts.Account;
import vn.toasoan.accounts.Role;
import vn.toasoan.articles.ArticleEditing;
import vn.toasoan.articles.ArticleStatus;
import vn.toasoan.articles.Check;
import vn.toasoan.articles.CheckPolicies;
import vn.toasoan.newsroom.Newsroom;
import vn.toasoan.support.ArticleBuilder;
import vn.toasoan.support.Browser;
import vn.toasoan.support.TestSmtp;
import vn.toasoan.support.ToaSoanIntegrationTest;

/**
 * In Chromium: a working copy typed in one browser and found from another, leaving with unsaved changes, Ctrl+S;
 * returning with a reason that reaches the reporter; publishing past warnings; restoring a revision.
 */
@ToaSoanIntegrationTest
class EditorWorkflowBrowserTests {

    /** Paragraphs 1 and 3 differ by one space: the slip the sample page shipped with. */
    static final String FIRST_TWO =
            "<p>Các đại biểu đã thảo luận kỹ về kế hoạch phát triển giao thông nông thôn của tỉnh.</p>"
                    + "<p>Hội nghị kéo dài đến chiều cùng ngày.</p>";

    static final String DUPLICATED =
            FIRST_TWO + "<p>Các đại biểu đã thảo luận kỹ về kế hoạch phát triển giao thông  nông thôn của tỉnh.</p>";

    @LocalServerPort
    int port;

    @Autowired
    Newsroom newsroom;

    @Autowired
    CheckPolicies policies;

    @Autowired
    ArticleEditing editing;

    @Autowired
    JdbcClient jdbc;

    WebDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void open() {
        browser = start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(15));
    }

    @AfterEach
    void close() {
        browser.quit();
    }

    @Test
    void aWorkingCopyTypedInOneBrowserIsFoundFromAnotherAndCtrlSSavesIt() {
        Account reporter = newsroom.account(Role.REPORTER);
        long id = newsroom.draft(reporter, "Chợ phiên vùng cao").id();
        logIn(browser, wait, reporter);
        browser.get(url("/toa-soan/bai-viet/" + id));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("title"))).sendKeys(" ngày cuối năm");
        WebElement body =
                wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#body-editor .ql-editor")));
        body.click();
        body.sendKeys(Keys.END, " Người bán mang thổ cẩm xuống chợ từ tờ mờ sáng.");
        wait.until(ExpectedConditions.textMatches(
                By.id("working-copy-status"), java.util.regex.Pattern.compile("Đã lưu tạm lúc \\d\\d:\\d\\d:\\d\\d")));

        assertThat(asksBeforeLeaving())
                .as("leaving with unsaved changes asks first")
                .isTrue();

        WebDriver other = start();
        try {
            var otherWait = new WebDriverWait(other, Duration.ofSeconds(15));
            logIn(other, otherWait, reporter);
            other.get(url("/toa-soan/bai-viet/" + id));
            WebElement offer = otherWait.until(ExpectedConditions.visibilityOfElementLocated(By.id("working-copy")));
            assertThat(offer.getText())
                    .matches("(?s)Khôi phục bản lưu tạm lúc \\d\\d-\\d\\d-\\d{4} \\d\\d:\\d\\d\\?.*");
            assertThat(other.findElement(By.id("title")).getAttribute("value")).isEqualTo("Chợ phiên vùng cao");
            offer.findElement(By.cssSelector("[data-working-copy=restore]")).click();
            assertThat(other.findElement(By.id("title")).getAttribute("value"))
                    .isEqualTo("Chợ phiên vùng cao ngày cuối năm");
            assertThat(other.findElement(By.cssSelector("#body-editor .ql-editor"))
                            .getText())
                    .contains("Người bán mang thổ cẩm xuống chợ từ tờ mờ sáng.");

            other.findElement(By.id("title")).sendKeys(Keys.chord(Keys.CONTROL, "s"));
            Browser.awaitDone(other, "Đã lưu");
            assertThat(jdbc.sql("SELECT title FROM articles WHERE id = ?")
                            .param(id)
                            .query(String.class)
                            .single())
                    .isEqualTo("Chợ phiên vùng cao ngày cuối năm");
            assertThat(other.findElements(By.id("working-copy"))).isEmpty();
            assertThat((Boolean) ((JavascriptExecutor) other).executeScript(LEAVING))
                    .as("nothing unsaved after saving")
                    .isFalse();
        } finally {
            other.quit();
        }
    }

    @Test
    void anEditorReturnsAnArticleWithAReasonThatReachesTheReportersNotificationsAndInbox() throws Exception {
        Account reporter = newsroom.account(Role.REPORTER);
        Account editor = newsroom.account(Role.EDITOR);
        long id = newsroom.draft(reporter, "Đường vào bản mới mở").id();
        newsroom.api("POST", "/api/v1/articles/" + id + "/submit", reporter, null);

        logIn(browser, wait, editor);
        browser.get(url("/toa-soan/bai-viet/" + id));
        WebElement returnButton = wait.until(
                ExpectedConditions.elementToBeClickable(By.cssSelector("button[data-transition=RETURN_TO_DRAFT]")));
        returnButton.click();
        assertThat(browser.findElement(By.id("return-reason")).getAttribute("validationMessage"))
                .isEqualTo("Hãy ghi lý do trả về để phóng viên biết cần sửa gì.");
        assertThat(newsroom.status(id)).isEqualTo(ArticleStatus.IN_REVIEW);
        String reason = "Cần ảnh con đường và ý kiến của trưởng bản.";
        browser.findElement(By.id("return-reason")).sendKeys(reason);
        browser.findElement(By.cssSelector("button[data-transition=RETURN_TO_DRAFT]"))
                .click();
        wait.until(ExpectedConditions.textToBe(By.id("status"), "Bản nháp"));
        assertThat(browser.findElement(By.cssSelector("#ghi-chu .nr-note--return"))
                        .getText())
                .contains(reason);
        browser.findElement(By.cssSelector(".nr-user button")).click();
        wait.until(ExpectedConditions.urlContains("/toa-soan/dang-nhap"));

        logIn(browser, wait, reporter);
        WebElement bell = browser.findElement(By.cssSelector(".nr-nav a[href='/toa-soan/thong-bao']"));
        assertThat(bell.getText()).isEqualTo("Thông báo 1");
        bell.click();
        WebElement notice = wait.until(
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#notifications li.is-unread")));
        assertThat(notice.getText())
                .contains(editor.displayName() + " trả bài “Đường vào bản mới mở” về nháp.")
                .contains("Lý do: " + reason);
        notice.findElement(By.tagName("a")).click();
        wait.until(ExpectedConditions.urlContains("/toa-soan/bai-viet/" + id));
        assertThat(browser.findElement(By.cssSelector("#ghi-chu")).getText()).contains(reason);

        var letters =
                await().atMost(Duration.ofSeconds(20)).until(() -> TestSmtp.to(reporter.email()), l -> !l.isEmpty());
        assertThat(letters.get(0).getSubject()).contains("trả bài “Đường vào bản mới mở” về nháp");
        assertThat((String) letters.get(0).getContent()).contains("Lý do: " + reason);
    }

    @Test
    void publishingWithABlockingWarningIsRefusedAndAnAcknowledgedWarningIsPublishedAndAudited() {
        Account editor = newsroom.account(Role.ADMIN);
        long id = newsroom.draft(
                        editor,
                        ArticleBuilder.article("Kế hoạch giao thông nông thôn")
                                .sapo("")
                                .body(DUPLICATED))
                .id();
        policies.setBlocking("test", Set.of(Check.NEAR_DUPLICATE_PARAGRAPH, Check.FIGURE_WITHOUT_CREDIT));
        try {
            logIn(browser, wait, editor);
            browser.get(url("/toa-soan/bai-viet/" + id));
            WebElement acknowledge = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("acknowledge")));
            assertThat(acknowledge
                            .findElement(By.cssSelector("[data-blocking=NEAR_DUPLICATE_PARAGRAPH]"))
                            .getText())
                    .contains("Đoạn văn gần như trùng nhau");
            browser.findElement(By.cssSelector("button[data-transition=PUBLISH]"))
                    .click();
            assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".nr-flash--error")))
                            .getText())
                    .startsWith("Chưa thể đăng");
            assertThat(newsroom.status(id)).isEqualTo(ArticleStatus.DRAFT);

            // the editor removes the repeated paragraph, and is asked about the missing sapo
            WebElement body =
                    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#body-editor .ql-editor")));
            ((JavascriptExecutor) browser)
                    .executeScript(
                            "const q = Quill.find(document.getElementById('body-editor'));"
                                    + " q.setContents(q.clipboard.convert({html: arguments[0]}), 'user');",
                            FIRST_TWO);
            assertThat(body.getText()).doesNotContain("giao thông  nông thôn");
            browser.findElement(By.id("save")).click();
            Browser.awaitDone(browser, "Đã lưu");
            assertThat(browser.findElements(By.cssSelector("#acknowledge [data-blocking]")))
                    .isEmpty();
            browser.findElement(By.cssSelector("button[data-transition=PUBLISH]"))
                    .click();
            assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".nr-flash--error")))
                            .getText())
                    .startsWith("Chưa đăng: hãy xác nhận đã xem 1 cảnh báo");

            browser.findElement(By.cssSelector("#acknowledge input[value=MISSING_SAPO]"))
                    .click();
            browser.findElement(By.cssSelector("button[data-transition=PUBLISH]"))
                    .click();
            wait.until(ExpectedConditions.textToBe(By.id("status"), "Đã đăng"));
        } finally {
            policies.setBlocking("test", Set.of());
        }
        browser.get(url("/toa-soan/nhat-ky?targetId=" + id + "&action=article.publish"));
        assertThat(browser.findElement(By.id("audit")).getText())
                .contains(editor.email())
                .contains("vượt qua cảnh báo đã xác nhận: Thiếu sapo (đoạn mở đầu) (MISSING_SAPO)");
    }

    @Test
    void aRevisionIsRestoredAfterItsDifferenceIsShown() {
        Account editor = newsroom.account(Role.EDITOR);
        var draft = newsroom.draft(editor, "Nước sạch về xã đảo");
        editing.save(
                editor,
                draft.id(),
                draft.version(),
                new vn.toasoan.articles.ArticleInput(
                        "Nước sạch về xã đảo sau mười năm chờ",
                        "",
                        draft.article().sapo(),
                        draft.article().body(),
                        draft.article().sectionId(),
                        java.util.List.of(),
                        draft.article().byline(),
                        "",
                        java.util.List.of()));

        logIn(browser, wait, editor);
        browser.get(url("/toa-soan/bai-viet/" + draft.id() + "/lich-su"));
        assertThat(browser.findElements(By.cssSelector("tr[data-revision='2'] [data-restore]")))
                .isEmpty();
        browser.findElement(By.cssSelector("tr[data-revision='1'] [data-restore]"))
                .click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Khôi phục phiên bản 1?"));
        assertThat(browser.findElement(By.cssSelector("#diff del")).getText()).contains("sau mười năm chờ");
        browser.findElement(By.cssSelector("#confirm-restore button[type=submit]"))
                .click();

        Browser.awaitDone(browser, "Đã khôi phục phiên bản số 1");
        assertThat(browser.findElement(By.id("title")).getAttribute("value")).isEqualTo("Nước sạch về xã đảo");
        browser.get(url("/toa-soan/bai-viet/" + draft.id() + "/lich-su"));
        assertThat(browser.findElement(By.cssSelector("tr[data-revision='3']")).getText())
                .contains("Phiên bản hiện tại");
    }

    /** Whether the page stops the browser from leaving without asking, as it does when closing or navigating away. */
    static final String LEAVING = "const e = new Event('beforeunload', {cancelable: true});"
            + " window.dispatchEvent(e); return e.defaultPrevented;";

    private boolean asksBeforeLeaving() {
        return (Boolean) ((JavascriptExecutor) browser).executeScript(LEAVING);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static WebDriver start() {
        WebDriver driver = Browser.start();
        driver.manage().window().setSize(new Dimension(1366, 900));
        return driver;
    }

    private void logIn(WebDriver driver, WebDriverWait driverWait, Account account) {
        driver.get(url("/toa-soan"));
        driverWait.until(ExpectedConditions.urlContains("/toa-soan/dang-nhap"));
        driver.findElement(By.id("email")).sendKeys(account.email());
        driver.findElement(By.id("password")).sendKeys(Newsroom.PASSWORD);
        driver.findElement(By.cssSelector("form.nr-form button[type=submit]")).click();
        driverWait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".nr-user")));
    }
}
