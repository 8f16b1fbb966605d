package vn.toasoan.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.toasoan.articles.Articles;
import vn.toasoan.articles.NewArticle;
import vn.toasoan.newsroom.Newsroom;
import vn.toasoan.support.Http;
import vn.toasoan.support.ToaSoanIntegrationTest;

/**
 * A photo stored before WebP: its page offers the JPEG alone, never a WebP file that is not there; the backfill then
 * makes its WebP copies at every width, after which the page offers them first. A second run finds nothing left to do.
 */
@ToaSoanIntegrationTest
class WebpBackfillIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    MediaStore media;

    @Autowired
    WebpBackfill backfill;

    @Autowired
    Articles articles;

    @Autowired
    Newsroom newsroom;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aPhotoFromBeforeWebpGetsItsCopiesAndThePageOffersThemOnceTheyAreThere() {
        Image photo = storedBeforeWebp();
        long id = articles.publish(new NewArticle(
                newsroom.sectionId(),
                "Chợ nổi Cái Răng vào mùa Tết",
                "Ghe xuồng chở đầy hoa trái từ sáng sớm.",
                "<p>Người bán và người mua gặp nhau trên sông.</p><p>Chợ tan lúc gần trưa.</p>",
                "N.AN",
                List.of(),
                List.of(new NewArticle.NewFigure(1, photo.id(), "Ghe hàng trên chợ nổi", "N.AN", "")),
                Instant.parse("2025-01-20T01:00:00Z"),
                Instant.parse("2025-01-20T01:00:00Z")));
        String url = articles.find(id).orElseThrow().url();
        var http = new Http(port);
        var before = http.page(url).selectFirst("figure picture");
        assertThat(before.select("source")).isEmpty();
        assertThat(before.selectFirst("img").attr("srcset")).contains("-1200.jpg 1200w");
        assertThat(http.get(photo.url(640, ImageFormat.WEBP)).statusCode()).isEqualTo(404);

        assertThat(backfill.backfill()).isGreaterThanOrEqualTo(1);

        Image after = media.find(photo.id()).orElseThrow();
        assertThat(after.hasWebp()).isTrue();
        for (int width : after.widths()) {
            var webp = http.get(after.url(width, ImageFormat.WEBP));
            assertThat(webp.statusCode()).as("WebP at %d", width).isEqualTo(200);
            assertThat(webp.headers().firstValue("Content-Type")).hasValue("image/webp");
        }
        var source = http.page(url).selectFirst("figure picture source");
        assertThat(source.attr("type")).isEqualTo("image/webp");
        assertThat(source.attr("srcset")).contains("-320.webp 320w", "-1200.webp 1200w");
        assertThat(backfill.backfill()).as("nothing left to do").isZero();
    }

    /** A photo as every one was stored before WebP: JPEG files only, and a row that says so. */
    private Image storedBeforeWebp() {
        Image photo = media.store(PhotoLike.draw(1200, 800, 3), "cho-noi.jpg");
        for (int width : photo.widths()) {
            media.photos().delete(MediaStore.fileName(photo.id(), width, ImageFormat.WEBP));
        }
        jdbc.sql("UPDATE media_images SET formats = '{JPEG}' WHERE id = ?")
                .param(photo.id())
                .update();
        UUID id = photo.id();
        return media.find(id).orElseThrow();
    }
}
