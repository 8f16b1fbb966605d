package vn.toasoan.newsroom.articles;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.toasoan.accounts.Account;
import vn.toasoan.accounts.Role;
import vn.toasoan.newsroom.Newsroom;
import vn.toasoan.support.Browser;
import vn.toasoan.support.ToaSoanIntegrationTest;

/**
 * In Chromium, the photo desk: an editor chooses which photo stands for an article and the point its crops keep in
 * view; the home page's card and the shared link's og:image show that photo.
 */
@ToaSoanIntegrationTest
class PhotoDeskBrowserTests {

    private static final tools.jackson.databind.json.JsonMapper JSON =
            tools.jackson.databind.json.JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    Newsroom newsroom;

    @TempDir
    Path files;

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
    void anEditorChoosesTheLeadPhotoAndItsFocalPointForTheHomePageAndShares() throws Exception {
        Account editor = newsroom.account(Role.EDITOR);
        long id = newsroom.draft(editor, "Mùa sen nở trên đầm Vân Hồ").id();
        logIn(editor);
        browser.get(url("/toa-soan/bai-viet/" + id));
        placeAtCaretIn(1);
        upload(photo("dam-sen.jpg", new Color(0x3f7d3a)), "Đầm sen nhìn từ bờ đê", "THU HÀ");
        assertThat(browser.findElement(By.name("figures[0].position")).getAttribute("value"))
                .isEqualTo("1");
        placeAtCaretIn(2);
        upload(photo("nguoi-hai-sen.jpg", new Color(0xc2477a)), "Người hái sen lúc sáng sớm", "THU HÀ");
        String second = browser.findElement(By.name("figures[1].image")).getAttribute("value");
        String first = browser.findElement(By.name("figures[0].image")).getAttribute("value");
        assertThat(browser.findElement(By.cssSelector(".nr-figure[data-figure='0'] .nr-lead__badge"))
                        .getText())
                .as("until someone chooses, the first photo stands for the article")
                .isEqualTo("Ảnh đại diện");

        WebElement photo = browser.findElement(By.cssSelector(".nr-figure[data-figure='1'] .nr-focus img"));
        // a quarter of the way in from the left, near the top: Selenium's offsets count from the photo's centre
        new Actions(browser)
                .moveToElement(
                        photo, -photo.getSize().getWidth() / 4, -photo.getSize().getHeight() / 3)
                .click()
                .perform();
        WebElement choose = browser.findElement(By.cssSelector(".nr-figure[data-figure='1'] [data-lead-button]"));
        String[] chosen = choose.getAttribute("value").split(":");
        assertThat(chosen[0]).isEqualTo(second);
        assertThat(Integer.parseInt(chosen[1])).isBetween(20, 30);
        assertThat(Integer.parseInt(chosen[2])).isBetween(12, 22);
        choose.click();
        Browser.awaitDone(browser, "Đã lưu ảnh đại diện");
        assertThat(browser.findElement(By.cssSelector(".nr-figure[data-figure='1'] .nr-lead__badge"))
                        .getText())
                .isEqualTo("Ảnh đại diện");
        assertThat(browser.findElements(By.cssSelector(".nr-figure[data-figure='0'] .nr-lead__badge")))
                .isEmpty();
        screenshot("lead-photo-chosen.png");
        assertThat(Browser.consoleErrors(browser)).isEmpty();

        publish(id, editor);
        String articleUrl = publicPath(id, editor);

        browser.get(url("/"));
        WebElement cardImage = browser.findElement(By.cssSelector("a[href='" + articleUrl + "'] img"));
        assertThat(cardImage.getAttribute("src")).contains(second).doesNotContain(first);
        assertThat(objectPosition(cardImage)).isEqualTo(chosen[1] + "% " + chosen[2] + "%");
        screenshot("home-with-lead-photo.png");

        browser.get(url(articleUrl));
        assertThat(((JavascriptExecutor) browser)
                        .executeScript(
                                "return [...document.querySelectorAll('figure')].map(f => f.previousElementSibling"
                                        + " && f.previousElementSibling.textContent.trim());"))
                .as("each photo stands after the paragraph the cursor was in")
                .isEqualTo(java.util.List.of(
                        "Đoạn thứ nhất của bài thử nghiệm, có dấu đầy đủ.", "Đoạn thứ hai kể thêm chi tiết."));
        assertThat(browser.findElement(By.cssSelector("meta[property='og:image']"))
                        .getAttribute("content"))
                .contains(second);
    }

    @Test
    void aPhotoReusedInTwoArticlesKeepsEachArticlesOwnCaption() throws Exception {
        Account editor = newsroom.account(Role.EDITOR);
        long first = newsroom.draft(editor, "Phú Điền vào vụ gặt sớm").id();
        long second = newsroom.draft(editor, "Giá lúa tươi tăng nhẹ đầu vụ").id();
        logIn(editor);
        browser.get(url("/toa-soan/bai-viet/" + first));
        upload(photo("lua-chin.jpg", new Color(0xc9a227)), "Cánh đồng lúa chín ở xã Phú Điền", "NGỌC LAN");
        String image = browser.findElement(By.name("figures[0].image")).getAttribute("value");

        browser.get(url("/toa-soan/bai-viet/" + second));
        browser.findElement(By.cssSelector("#library-pick summary")).click();
        browser.findElement(By.id("library-q")).sendKeys("lúa chín ở xã Phú Điền");
        browser.findElement(By.id("library-find")).click();
        // only the photo whose caption matches, once the search has answered
        wait.until(d -> d.findElements(By.cssSelector("#library-results input[name=libraryImage]"))
                        .size()
                == 1);
        WebElement choice = browser.findElement(By.cssSelector("#library-results input[name=libraryImage]"));
        assertThat(choice.getAttribute("value")).isEqualTo(image);
        choice.click();
        WebElement caption = browser.findElement(By.id("newCaption"));
        assertThat(caption.getAttribute("value"))
                .as("the words it was used with, to start from")
                .isEqualTo("Cánh đồng lúa chín ở xã Phú Điền");
        caption.clear();
        caption.sendKeys("Nông dân chờ thương lái ngay bên ruộng");
        WebElement save = browser.findElement(By.id("save"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", save);
        save.click();
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//input[@name='figures[0].caption' and @value='Nông dân chờ thương lái ngay bên ruộng']")));
        assertThat(browser.findElement(By.name("figures[0].image")).getAttribute("value"))
                .as("the same stored photo, not a copy")
                .isEqualTo(image);
        assertThat(Browser.consoleErrors(browser)).isEmpty();

        browser.get(url("/toa-soan/thu-vien-anh?q=" + java.net.URLEncoder.encode("thương lái", "UTF-8")));
        WebElement item = browser.findElement(By.cssSelector("#photos li[data-image='" + image + "']"));
        assertThat(item.getText()).contains("Dùng trong 2 bài");
        assertThat(browser.findElements(By.cssSelector("#photos > li"))).hasSize(1);
        screenshot("library.png");

        publish(first, editor);
        publish(second, editor);
        browser.get(url(publicPath(first, editor)));
        assertThat(browser.findElement(By.cssSelector("figure figcaption")).getText())
                .contains("Cánh đồng lúa chín ở xã Phú Điền")
                .doesNotContain("thương lái");
        browser.get(url(publicPath(second, editor)));
        assertThat(browser.findElement(By.cssSelector("figure figcaption")).getText())
                .contains("Nông dân chờ thương lái ngay bên ruộng")
                .doesNotContain("Cánh đồng");
        assertThat(browser.findElement(By.cssSelector("figure img")).getAttribute("src"))
                .contains(image);
    }

    /** Published through the API, past whatever the checks found in these short test articles. */
    private void publish(long id, Account editor) {
        var warnings = JSON.readTree(newsroom.api("GET", "/api/v1/articles/" + id, editor, null)
                        .body())
                .get("warnings");
        var codes = new java.util.ArrayList<String>();
        warnings.forEach(w -> codes.add("\"" + w.get("code").asString() + "\""));
        var published =
                newsroom.api("POST", "/api/v1/articles/" + id + "/publish", editor, "{\"acknowledge\": " + codes + "}");
        assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
    }

    private String publicPath(long id, Account editor) {
        return JSON.readTree(newsroom.api("GET", "/api/v1/articles/" + id, editor, null)
                        .body())
                .get("url")
                .asString();
    }

    /** Puts the caret at the end of the body's paragraph {@code n} (from 1) and places the new photo there. */
    private void placeAtCaretIn(int n) {
        WebElement paragraph = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#body-editor .ql-editor > p:nth-child(" + n + ")")));
        paragraph.click();
        paragraph.sendKeys(org.openqa.selenium.Keys.END);
        browser.findElement(By.cssSelector("[data-place-figure='#new-position']"))
                .click();
        assertThat(browser.findElement(By.id("new-position")).getAttribute("value"))
                .isEqualTo(String.valueOf(n));
    }

    private String objectPosition(WebElement image) {
        return (String) ((JavascriptExecutor) browser)
                .executeScript("return getComputedStyle(arguments[0]).objectPosition;", image);
    }

    private void upload(Path photo, String caption, String credit) {
        browser.findElement(By.id("newImage")).sendKeys(photo.toString());
        browser.findElement(By.id("newCaption")).sendKeys(caption);
        browser.findElement(By.name("newCredit")).sendKeys(credit);
        WebElement save = browser.findElement(By.id("save"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", save);
        save.click();
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//input[contains(@name, '.caption') and @value='" + caption + "']")));
    }

    private Path photo(String name, Color color) throws Exception {
        var image = new BufferedImage(1200, 800, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(color);
        g.fillRect(0, 0, 1200, 800);
        g.setColor(Color.WHITE);
        g.fillOval(200, 100, 300, 300);
        g.dispose();
        Path file = files.resolve(name);
        ImageIO.write(image, "jpg", file.toFile());
        return file;
    }

    private void logIn(Account account) {
        Browser.logIn(browser, port, account.email());
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void screenshot(String name) throws Exception {
        Path target = Path.of("target", "screenshots", "photo-desk");
        Files.createDirectories(target);
        Files.write(target.resolve(name), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}
