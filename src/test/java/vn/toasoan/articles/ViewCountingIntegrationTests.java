package vn.toasoan.articles;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.toasoan.newsroom.Newsroom;
import vn.toasoan.support.ArticleBuilder;
import vn.toasoan.support.Http;
import vn.toasoan.support.ToaSoanIntegrationTest;

/** The hit counter counts the page's beacon (or its image without JavaScript), never the page itself. */
@ToaSoanIntegrationTest
class ViewCountingIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Newsroom newsroom;

    @Autowired
    Articles articles;

    @Autowired
    ViewCounter counter;

    @Autowired
    JdbcClient jdbc;

    @Test
    void readersCountOnceAndCrawlersNotAtAllUntilTheBatchReachesTheDatabase() {
        Article article = newsroom.published(ArticleBuilder.article("Bài để đếm lượt xem"));
        long id = article.id();
        String path = article.url();
        var http = new Http(port);

        assertThat(http.beacon(path, Http.PHONE_BROWSER).statusCode()).isEqualTo(204);
        assertThat(articles.views(id)).isEqualTo(1);
        http.beacon(path, Http.PHONE_BROWSER);
        assertThat(articles.views(id)).as("the same reader again").isEqualTo(1);
        http.beacon(path, "Mozilla/5.0 (compatible; Googlebot/2.1)");
        assertThat(articles.views(id)).as("a crawler").isEqualTo(1);
        http.send(HttpRequest.newBuilder(URI.create(http.url("/luot-xem/" + id)))
                .method("HEAD", HttpRequest.BodyPublishers.noBody())
                .header("User-Agent", Http.PHONE_BROWSER + " head")
                .build());
        assertThat(articles.views(id)).as("a HEAD request").isEqualTo(1);
        http.send(HttpRequest.newBuilder(URI.create(http.url("/luot-xem/" + id)))
                .header("User-Agent", Http.PHONE_BROWSER + " prefetching")
                .header("Sec-Purpose", "prefetch")
                .build());
        assertThat(articles.views(id)).as("a prefetch").isEqualTo(1);
        var pixel = http.get("/luot-xem/" + id, Http.PHONE_BROWSER + " without JavaScript");
        assertThat(pixel.statusCode()).isEqualTo(200);
        assertThat(pixel.headers().firstValue("Content-Type")).hasValue("image/gif");
        assertThat(articles.views(id))
                .as("the image a page without JavaScript shows")
                .isEqualTo(2);
        assertThat(storedViews(id)).as("nothing written per view").isZero();

        counter.flush();

        assertThat(storedViews(id)).isEqualTo(2);
        assertThat(jdbc.sql("SELECT sum(views) FROM article_daily_views WHERE article_id = ?")
                        .param(id)
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void fetchingThePageCountsNobody() {
        Article article = newsroom.published(ArticleBuilder.article("Bài chỉ được tải về"));
        var http = new Http(port);
        for (int reader = 0; reader < 3; reader++) {
            assertThat(http.get(article.url(), Http.PHONE_BROWSER + " reader/" + reader)
                            .statusCode())
                    .isEqualTo(200);
        }

        assertThat(articles.views(article.id())).isZero();
        assertThat(http.page(article.url()).select("[data-view-beacon=/luot-xem/" + article.id() + "] noscript"))
                .as("the beacon, with its image for readers without JavaScript")
                .hasSize(1);
    }

    @Test
    void oneAddressRotatingItsUserAgentCountsAsAFewReadersAtMost() {
        Article article = newsroom.published(ArticleBuilder.article("Bài bị bơm lượt xem"));
        var http = new Http(port);
        for (int i = 0; i < 100; i++) {
            http.send(HttpRequest.newBuilder(URI.create(http.url("/luot-xem/" + article.id())))
                    .header("User-Agent", Http.PHONE_BROWSER + " gia/" + i)
                    .header("X-Forwarded-For", "113.160.77.7")
                    .POST(HttpRequest.BodyPublishers.noBody())
                    .build());
        }
        http.send(HttpRequest.newBuilder(URI.create(http.url("/luot-xem/" + article.id())))
                .header("User-Agent", Http.PHONE_BROWSER)
                .header("X-Forwarded-For", "113.160.77.8")
                .POST(HttpRequest.BodyPublishers.noBody())
                .build());

        assertThat(articles.views(article.id()))
                .as("ten readers from the rotating address, and the neighbour")
                .isEqualTo(11);
    }

    @Test
    void anArticleNobodyPublishedCountsNothing() {
        var http = new Http(port);

        assertThat(http.beacon("/khong-co-999999.html", Http.PHONE_BROWSER).statusCode())
                .isEqualTo(204);
        assertThat(articles.views(999_999)).isZero();
    }

    private long storedViews(long id) {
        return jdbc.sql("SELECT coalesce(max(views), 0) FROM article_views WHERE article_id = ?")
                .param(id)
                .query(Long.class)
                .single();
    }
}
