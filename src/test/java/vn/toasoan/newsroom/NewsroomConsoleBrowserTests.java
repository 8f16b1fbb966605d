package vn.toasoan.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.toasoan.accounts.Account;
import vn.toasoan.accounts.Role;
import vn.toasoan.comments.CommentBuilder;
import vn.toasoan.comments.CommentPages;
import vn.toasoan.comments.ReaderClient;
import vn.toasoan.support.ArticleBuilder;
import vn.toasoan.support.Browser;
import vn.toasoan.support.ToaSoanIntegrationTest;

/**
 * In Chromium, every page of the newsroom as an administrator sees it: none writes an error to the browser's console
 * (a script that fails, a file that does not load, an attribute the browser refuses, such as an invalid
 * {@code pattern}, which it reports once the field is checked).
 */
@ToaSoanIntegrationTest
class NewsroomConsoleBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    Newsroom newsroom;

    @Autowired
    CommentPages comments;

    @Autowired
    JdbcClient jdbc;

    WebDriver browser;

    @BeforeEach
    void open() {
        browser = Browser.start();
        browser.manage().window().setSize(new Dimension(1366, 900));
    }

    @AfterEach
    void close() {
        browser.quit();
    }

    @Test
    void noNewsroomPageWritesAnErrorToTheConsole() throws Exception {
        Account admin = newsroom.account(Role.ADMIN);
        long id = newsroom.draft(admin, ArticleBuilder.article("Bài để mở mọi trang của tòa soạn"))
                .id();
        newsroom.api("PUT", "/api/v1/articles/" + id, admin, "{\"sapo\": \"Sapo đã sửa một lần.\"}");
        comments.send(
                ReaderClient.behindProxy(port, "198.51.100.77"),
                "Bài có bình luận để duyệt",
                CommentBuilder.comment("Bài viết hay, cảm ơn tòa soạn đã đưa tin kịp thời.")
                        .by("Nguyễn Văn Bình", "binh.nguyen@example.com"));
        Long comment =
                jdbc.sql("SELECT max(id) FROM comments").query(Long.class).single();
        assertThat(comment).as("a comment waiting for moderation").isNotNull();
        logIn(admin);

        Map<String, List<String>> errors = new LinkedHashMap<>();
        for (String page : List.of(
                "/toa-soan",
                "/toa-soan/bai-viet",
                "/toa-soan/bai-viet?sap-xep=xem&chieu=giam&theo=dang&tu=01-01-2020&den=31-12-2099",
                "/toa-soan/bai-viet/moi",
                "/toa-soan/bai-viet/" + id,
                "/toa-soan/bai-viet/" + id + "/lich-su",
                "/toa-soan/bai-viet/" + id + "/lich-su/so-sanh?tu=1&den=2",
                "/toa-soan/bai-viet/" + id + "/xem-truoc",
                "/toa-soan/trang-nhat",
                "/toa-soan/thu-vien-anh",
                "/toa-soan/thu-vien-anh?q=c%E1%BA%A7u&tu=01-01-2020&den=31-12-2099",
                "/toa-soan/thung-rac",
                "/toa-soan/trang-nhat?chuyen-muc=thoi-su",
                "/toa-soan/binh-luan",
                "/toa-soan/binh-luan/" + comment,
                "/toa-soan/binh-luan/cai-dat",
                "/toa-soan/binh-luan/du-lieu-ca-nhan",
                "/toa-soan/the",
                "/toa-soan/chuyen-muc",
                "/toa-soan/tai-khoan",
                "/toa-soan/cai-dat",
                "/toa-soan/nhat-ky?from=01-01-2020&to=31-12-2099",
                "/toa-soan/mat-khau")) {
            browser.get("http://localhost:" + port + page);
            new WebDriverWait(browser, Duration.ofSeconds(15))
                    .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".nr-user")));
            // as typing and sending would: a field's pattern is compiled, and refused, only when it is checked
            ((JavascriptExecutor) browser)
                    .executeScript("document.querySelectorAll('input, textarea, select')"
                            + ".forEach(field => field.checkValidity());");
            // the editor starts its scripts after the page loads; their errors come a moment later
            Thread.sleep(300);
            List<String> found = new ArrayList<>(Browser.consoleErrors(browser));
            if (!found.isEmpty()) {
                errors.put(page, found);
            }
        }

        assertThat(errors).as("console errors by newsroom page").isEmpty();
    }

    private void logIn(Account account) {
        browser.get("http://localhost:" + port + "/toa-soan");
        var wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        wait.until(ExpectedConditions.urlContains("/toa-soan/dang-nhap"));
        browser.findElement(By.id("email")).sendKeys(account.email());
        browser.findElement(By.id("password")).sendKeys(Newsroom.PASSWORD);
        browser.findElement(By.cssSelector("form.nr-form button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".nr-user")));
    }
}
