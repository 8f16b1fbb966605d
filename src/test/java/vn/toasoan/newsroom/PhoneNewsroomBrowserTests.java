package vn.toasoan.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
import vn.toasoan.accounts.Account;
import vn.toasoan.accounts.Role;
import vn.toasoan.articles.ArticleStatus;
import vn.toasoan.comments.CommentBuilder;
import vn.toasoan.comments.CommentPages;
import vn.toasoan.comments.ReaderClient;
import vn.toasoan.support.ArticleBuilder;
import vn.toasoan.support.Browser;
import vn.toasoan.support.ToaSoanIntegrationTest;

/**
 * In Chromium at a phone's width (375 px): a reporter in the field photographs, captions and saves from the editor, and
 * no page an editor works on during the day (dashboard, article list, editor, moderation queue, photo library, trash) is
 * wider than the screen.
 */
@ToaSoanIntegrationTest
class PhoneNewsroomBrowserTests {

    private static final int PHONE = 375;

    @LocalServerPort
    int port;

    @Autowired
    Newsroom newsroom;

    @Autowired
    CommentPages comments;

    @TempDir
    Path files;

    WebDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void open() {
        browser = Browser.start();
        browser.manage().window().setSize(new Dimension(PHONE, 812));
        wait = new WebDriverWait(browser, Duration.ofSeconds(15));
    }

    @AfterEach
    void close() {
        browser.quit();
    }

    @Test
    void aReporterCaptionsAPhotoTakenWithThePhonesCamera() throws Exception {
        Account reporter = newsroom.account(Role.REPORTER);
        long id =
                newsroom.draft(reporter, "Nước lũ rút dần ở vùng trũng Hòa Sơn").id();
        Path photo = files.resolve("ghe-cuu-ho.jpg");
        ImageIO.write(photo(), "jpg", photo.toFile());
        logIn(reporter);

        browser.get(url("/toa-soan/bai-viet/" + id));
        WebElement file = browser.findElement(By.id("newImage"));
        assertThat(file.getAttribute("accept")).isEqualTo("image/*");
        assertThat(file.getAttribute("capture")).as("a phone offers its camera").isNotNull();
        WebElement caption = browser.findElement(By.id("newCaption"));
        assertThat(caption.getSize().getWidth())
                .as("the caption field takes the phone's width, not 40 px")
                .isGreaterThan(PHONE / 2);
        file.sendKeys(photo.toString());
        caption.sendKeys("Ghe cứu hộ đưa người dân về nhà khi nước rút");
        browser.findElement(By.name("newCredit")).sendKeys("MINH AN");
        assertThat(horizontalOverflow()).isZero();
        screenshot("editor-photo-375.png");
        scrollToAndClick(browser.findElement(By.id("save")));

        WebElement saved = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#figures input[name='figures[0].caption']")));
        assertThat(saved.getAttribute("value")).isEqualTo("Ghe cứu hộ đưa người dân về nhà khi nước rút");
        assertThat(browser.findElement(By.name("figures[0].credit")).getAttribute("value"))
                .isEqualTo("MINH AN");
        assertThat(browser.findElements(By.cssSelector("#figures img"))).hasSize(1);
        assertThat(horizontalOverflow()).isZero();
        screenshot("editor-saved-375.png");
        assertThat(Browser.consoleErrors(browser)).isEmpty();
    }

    @Test
    void theDashboardArticleListEditorAndModerationQueueFitAPhone() throws Exception {
        Account editor = newsroom.account(Role.EDITOR);
        long inReview = newsroom.draft(
                        editor,
                        ArticleBuilder.article(
                                "Hội thảo về phát triển du lịch cộng đồng ở các xã miền núi phía tây tỉnh"))
                .id();
        newsroom.force(inReview, ArticleStatus.IN_REVIEW);
        comments.send(
                ReaderClient.behindProxy(port, "198.51.100.78"),
                "Đường ven sông được trải nhựa xong trước mùa mưa",
                CommentBuilder.comment("Con đường này gia đình tôi đi hằng ngày, nay đã bằng phẳng, xin cảm ơn"
                                + " tòa soạn và chính quyền địa phương.")
                        .by("Trần Thị Hoa", "hoa.tran@example.com"));
        logIn(editor);

        Map<String, Long> overflow = new LinkedHashMap<>();
        for (String page : List.of(
                "/toa-soan",
                "/toa-soan/bai-viet",
                "/toa-soan/bai-viet/moi",
                "/toa-soan/bai-viet/" + inReview,
                "/toa-soan/binh-luan",
                "/toa-soan/thu-vien-anh",
                "/toa-soan/thung-rac")) {
            browser.get(url(page));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".nr-user")));
            overflow.put(page, horizontalOverflow());
            screenshot("phone" + page.replace('/', '-') + ".png");
        }

        assertThat(overflow)
                .as("pixels wider than a 375 px screen, by page")
                .allSatisfy((page, px) -> assertThat(px).isZero());
        browser.get(url("/toa-soan/bai-viet"));
        WebElement row = browser.findElement(By.cssSelector("#articles tr[data-article-id='" + inReview + "']"));
        assertThat(row.getText())
                .contains("Hội thảo về phát triển du lịch cộng đồng")
                .contains("Chờ duyệt");
        browser.get(url("/toa-soan/binh-luan"));
        assertThat(browser.findElement(By.cssSelector(".mod-item")).getText()).contains("Trần Thị Hoa");
    }

    private BufferedImage photo() {
        var image = new BufferedImage(1200, 800, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(new Color(0x2b6f8f));
        g.fillRect(0, 0, 1200, 800);
        g.setColor(new Color(0xd9a441));
        g.fillRect(300, 350, 600, 200);
        g.dispose();
        return image;
    }

    private void scrollToAndClick(WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
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

    private void screenshot(String name) throws Exception {
        Path target = Path.of("target", "screenshots", "phone");
        Files.createDirectories(target);
        Files.write(target.resolve(name), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}
