package vn.toasoan.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
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

/**
 * An administrator fills in the paper's legal masthead in the newsroom; readers on a phone and on a laptop find it in
 * every footer. A reader finds the feeds and opens one in the browser.
 */
@ToaSoanIntegrationTest
class MastheadBrowserTests {

    static WebDriver browser;

    @LocalServerPort
    int port;

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

    /** As a fresh installation has it, for the tests that come after. */
    @AfterEach
    void blankAgain() {
        newsroom.api(
                "PUT",
                "/api/v1/settings/masthead",
                Newsroom.ADMIN,
                Newsroom.PASSWORD,
                "{\"siteName\": \"Tòa Soạn\"}",
                null);
    }

    @Test
    void anAdministratorFillsInTheMastheadAndEveryFooterShowsItOnAPhoneAndALaptop() throws IOException {
        newsroom.staff();
        browser.manage().window().setSize(new Dimension(1366, 900));
        signIn(Newsroom.ADMIN);
        browser.get(url("/toa-soan/cai-dat"));
        click(browser.findElement(By.cssSelector("a[href='/toa-soan/cai-dat/thong-tin-bao']")));
        Map<String, String> fields = Map.of(
                "siteName", "Báo Sông Lam",
                "governingBody", "Tỉnh ủy Sông Lam",
                "licence", "số 88/GP-BTTTT do Bộ Thông tin và Truyền thông cấp ngày 12-03-2024",
                "editorInChief", "Nguyễn Văn Bình",
                "deputies", "Trần Thị Hoa, Lê Quang Minh",
                "address", "12 Trần Hưng Đạo, phường Vĩnh Ninh, TP Vĩnh Lam",
                "phone", "(0238) 3.844.555",
                "email", "toasoan@baosonglam.vn",
                "hotline", "0912 345 678");
        fields.forEach((field, value) -> {
            WebElement input = browser.findElement(By.id("masthead-" + field));
            input.clear();
            input.sendKeys(value);
        });
        click(browser.findElement(By.cssSelector("form.nr-masthead button[type=submit]")));
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".nr-flash"), "Đã lưu"));

        for (int width : List.of(375, 1366)) {
            browser.manage().window().setSize(new Dimension(width, 900));
            browser.get(url("/thoi-su"));
            WebElement footer = browser.findElement(By.cssSelector("footer.footer"));
            ((JavascriptExecutor) browser)
                    .executeScript("arguments[0].scrollIntoView({block: 'end', behavior: 'instant'})", footer);
            String text = footer.getText();
            assertThat(text)
                    .as(width + " px")
                    .contains(
                            "Cơ quan chủ quản: Tỉnh ủy Sông Lam",
                            "Giấy phép: số 88/GP-BTTTT",
                            "Tổng biên tập: Nguyễn Văn Bình",
                            "Phó Tổng biên tập: Trần Thị Hoa, Lê Quang Minh",
                            "Địa chỉ: 12 Trần Hưng Đạo",
                            "Điện thoại: (0238) 3.844.555",
                            "E-mail: toasoan@baosonglam.vn",
                            "Đường dây nóng: 0912 345 678")
                    .doesNotContain("chưa có đủ thông tin");
            assertThat(noHorizontalScroll()).as(width + " px").isTrue();
            assertThat(browser.findElement(By.cssSelector(".masthead__name")).getText())
                    .isEqualTo("Báo Sông Lam");
            screenshot("footer-masthead-" + width + ".png");
        }
    }

    @Test
    void aReaderFindsTheFeedsAndAFeedOpenedInTheBrowserReadsAsAPage() throws IOException {
        browser.manage().window().setSize(new Dimension(375, 900));
        browser.get(url("/"));
        click(browser.findElement(By.cssSelector("footer a[href='/rss']")));

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Nguồn tin RSS");
        List<WebElement> feeds = browser.findElements(By.cssSelector(".feeds__name a"));
        assertThat(feeds.size()).isGreaterThan(5);
        assertThat(browser.findElement(By.cssSelector(".feeds__intro")).getText())
                .contains("ứng dụng đọc tin");
        assertThat(noHorizontalScroll()).isTrue();
        screenshot("feeds-375.png");

        click(browser.findElement(By.cssSelector(".feeds__name a[href='/rss/kinh-te.xml']")));
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("h1.page-title")));
        assertThat(browser.findElement(By.cssSelector("h1.page-title")).getText())
                .startsWith("Kinh tế - ");
        assertThat(browser.findElement(By.cssSelector(".feed-note")).getText())
                .contains("nguồn tin RSS", url("/rss/kinh-te.xml"));
        assertThat(browser.findElements(By.cssSelector("article.card h2 a"))).isNotEmpty();
        screenshot("feed-in-browser-375.png");
    }

    private boolean noHorizontalScroll() {
        return (Boolean) ((JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollWidth <= window.innerWidth");
    }

    private void signIn(String email) {
        browser.get(url("/toa-soan/dang-nhap"));
        browser.findElement(By.id("email")).sendKeys(email);
        browser.findElement(By.id("password")).sendKeys(Newsroom.PASSWORD);
        click(browser.findElement(By.cssSelector("form.nr-form button[type=submit]")));
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".nr-user")));
    }

    private static void click(WebElement element) {
        ((JavascriptExecutor) browser)
                .executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
        element.click();
    }

    private void screenshot(String name) throws IOException {
        Path target = Path.of("target", "screenshots", name);
        Files.createDirectories(target.getParent());
        Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.move(shot, target, StandardCopyOption.REPLACE_EXISTING);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
