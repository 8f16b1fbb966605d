package vn.toasoan.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.toasoan.articles.Articles;
import vn.toasoan.articles.NewArticle;
import vn.toasoan.newsroom.Newsroom;
import vn.toasoan.support.Browser;
import vn.toasoan.support.ToaSoanIntegrationTest;

/** A reader on a 375 px phone gets the article's photo as WebP, at the width the screen needs, and no JPEG of it. */
@ToaSoanIntegrationTest
class WebpBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    MediaStore media;

    @Autowired
    Articles articles;

    @Autowired
    Newsroom newsroom;

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
    void aPhoneOf375PixelsLoadsTheWebpAndNoJpeg() {
        Image photo = media.store(PhotoLike.draw(1600, 1066, 5), "ruong-bac-thang.jpg");
        long id = articles.publish(new NewArticle(
                newsroom.sectionId(),
                "Ruộng bậc thang Mù Cang Chải vào mùa lúa chín",
                "Những thửa ruộng vàng óng nối nhau trên sườn núi.",
                "<p>Mùa lúa chín kéo dài chừng một tháng.</p><p>Du khách đến đông nhất vào cuối tuần.</p>",
                "H.GIANG",
                List.of(),
                List.of(new NewArticle.NewFigure(0, photo.id(), "Ruộng bậc thang trên sườn núi", "H.GIANG", "")),
                Instant.parse("2025-09-20T01:00:00Z"),
                Instant.parse("2025-09-20T01:00:00Z")));
        browser.manage().window().setSize(new Dimension(375, 812));

        browser.get("http://localhost:" + port + articles.find(id).orElseThrow().url());

        var js = (JavascriptExecutor) browser;
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> (Boolean) js.executeScript(
                "const i = document.querySelector('figure img'); return i.complete && i.naturalWidth > 0"));
        assertThat((Long) js.executeScript("return window.innerWidth")).isEqualTo(375L);
        String shown = (String) js.executeScript("return document.querySelector('figure img').currentSrc");
        assertThat(shown).endsWith(MediaStore.fileName(photo.id(), 640, ImageFormat.WEBP));
        @SuppressWarnings("unchecked")
        List<String> photosLoaded = (List<String>) js.executeScript(
                "return performance.getEntriesByType('resource').map(e => e.name).filter(n => n.includes('/media/'))");
        assertThat(photosLoaded).isNotEmpty().allSatisfy(url -> assertThat(url).endsWith(".webp"));
    }
}
