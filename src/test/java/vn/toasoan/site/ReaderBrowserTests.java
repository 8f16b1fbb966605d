package vn.toasoan.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.toasoan.articles.PageImporter;
import vn.toasoan.sections.Section;
import vn.toasoan.sections.Sections;
import vn.toasoan.support.Browser;
import vn.toasoan.support.ToaSoanIntegrationTest;

/** A reader on a phone-sized headless Chromium finds the imported sample article from the home page. */
@ToaSoanIntegrationTest
class ReaderBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    PageImporter importer;

    @Autowired
    Sections sections;

    WebDriver browser;

    @BeforeEach
    void startBrowser() {
        browser = Browser.start();
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    @Test
    void aReaderFollowsTheHomePageToTheImportedSampleArticle() throws IOException {
        // a copy of its own, which no other test of this shared application has imported before
        Path page = copyWithUniqueTitle(ourOwnSamplePage());
        Section archive = sections.create("Tư liệu", "tu-lieu-" + System.nanoTime(), 95);
        String path = importer.importFiles(List.of(page), archive.slug()).get(0).path();

        browser.get("http://localhost:" + port + "/");
        WebElement link = browser.findElement(By.cssSelector(".section-block a[href='" + path + "']"));
        String linkTitle = link.getText();
        // as a reader scrolls it into the middle of the screen, clear of the floating "Quay lên trên" button
        ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", link);
        link.click();

        assertThat(browser.getCurrentUrl()).endsWith(path);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(linkTitle);
        assertThat(browser.findElement(By.cssSelector("time.article__updated")).getText())
                .isEqualTo("Cập nhật: 21-03-2018 | 08:15:42");
        String caption = browser.findElement(By.tagName("figcaption")).getText();
        assertThat(caption).startsWith("Ông Nguyễn Đăng Khoa").endsWith("Ảnh: T.HÙNG");
        assertThat(browser.findElement(By.cssSelector(".article__byline")).getText())
                .isEqualTo("LÊ THU HÙNG");

        screenshot("article-page.png");
        // the upload's progress bar shows only while a comment with a file is being sent
        assertThat(browser.findElement(By.cssSelector(".comment-form__progress"))
                        .isDisplayed())
                .isFalse();
        assertThat(floatingElements()).isZero();
        WebElement backToTop = browser.findElement(By.cssSelector(".footer__top a"));
        ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", backToTop);
        backToTop.click();
        assertThat(browser.getCurrentUrl()).endsWith(path + "#top");
    }

    @Test
    void onANarrowPhoneNothingFloatsOverTheText() throws IOException {
        browser.manage().window().setSize(new Dimension(360, 740));
        browser.get("http://localhost:" + port + "/");

        assertThat(floatingElements()).isZero();
        WebElement toTop = browser.findElement(By.cssSelector(".footer__top a"));
        assertThat(toTop.getText()).startsWith("Quay lên trên");
        ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("arguments[0].scrollIntoView({block: 'end', behavior: 'instant'})", toTop);
        screenshot("home-footer-360.png");
        toTop.click();
        assertThat(browser.getCurrentUrl()).endsWith("/#top");
    }

    /** Fixed or sticky elements on screen, which a narrow phone shows on top of the lines they cross. */
    private long floatingElements() {
        return (Long) ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("return [...document.querySelectorAll('body *')].filter(e =>"
                        + " ['fixed', 'sticky'].includes(getComputedStyle(e).position)"
                        + " && e.getClientRects().length > 0).length");
    }

    private void screenshot(String name) throws IOException {
        Path target = Path.of("target", "screenshots", name);
        Files.createDirectories(target.getParent());
        Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.move(shot, target, StandardCopyOption.REPLACE_EXISTING);
    }

    private static String ourOwnSamplePage() throws IOException {
        try (var in = ReaderBrowserTests.class.getResourceAsStream("/pages/bai-mau-hoi-nghi.txt")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private static Path copyWithUniqueTitle(String page) throws IOException {
        int endOfTitle = page.indexOf('\n');
        Path file = Files.createTempFile("trang-", ".txt");
        Files.writeString(
                file,
                page.substring(0, endOfTitle).strip() + " (lưu trữ " + System.nanoTime() + ")"
                        + page.substring(endOfTitle));
        return file;
    }
}
