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

@ToaSoanIntegrationTest
class ViewCountingIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Newsroom newsroom;

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

        assertThat(shownViews(http, path, Http.PHONE_BROWSER)).isEqualTo(1);
        assertThat(shownViews(http, path, Http.PHONE_BROWSER))
                .as("the same reader again")
                .isEqualTo(1);
        assertThat(shownViews(http, path, "Mozilla/5.0 (compatible; Googlebot/2.1)"))
                .isEqualTo(1);
        http.send(HttpRequest.newBuilder(URI.create(http.url(path)))
                .method("HEAD", HttpRequest.BodyPublishers.noBody())
                .header("User-Agent", Http.PHONE_BROWSER + " head")
                .build());
        assertThat(shownViews(http, path, Http.PHONE_BROWSER + " another phone"))
                .isEqualTo(2);
        assertThat(storedViews(id)).as("nothing written per page view").isZero();

        counter.flush();

        assertThat(storedViews(id)).isEqualTo(2);
        assertThat(shownViews(http, path, Http.PHONE_BROWSER)).isEqualTo(2);
        assertThat(jdbc.sql("SELECT sum(views) FROM article_daily_views WHERE article_id = ?")
                        .param(id)
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void oneAddressRotatingItsUserAgentCountsAsAFewReadersAtMost() {
        Article article = newsroom.published(ArticleBuilder.article("Bài bị bơm lượt xem"));
        var http = new Http(port);
        for (int i = 0; i < 100; i++) {
            http.send(HttpRequest.newBuilder(URI.create(http.url(article.url())))
                    .header("User-Agent", Http.PHONE_BROWSER + " gia/" + i)
                    .header("X-Forwarded-For", "113.160.77.7")
                    .build());
        }
        var neighbour = http.send(HttpRequest.newBuilder(URI.create(http.url(article.url())))
                .header("User-Agent", Http.PHONE_BROWSER)
                .header("X-Forwarded-For", "113.160.77.8")
                .build());

        assertThat(Long.parseLong(org.jsoup.Jsoup.parse(neighbour.body())
                        .selectFirst("[data-views]")
                        .text()))
                .as("ten readers from the rotating address, and the neighbour")
                .isEqualTo(11);
    }

    private long storedViews(long id) {
        return jdbc.sql("SELECT coalesce(max(views), 0) FROM article_views WHERE article_id = ?")
                .param(id)
                .query(Long.class)
                .single();
    }

    private static long shownViews(Http http, String path, String agent) {
        var response = http.get(path, agent);
        return Long.parseLong(org.jsoup.Jsoup.parse(response.body())
                .selectFirst("[data-views]")
                .text());
    }
}
