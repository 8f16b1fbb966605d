package vn.toasoan.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import javax.sql.DataSource;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.toasoan.accounts.Role;
import vn.toasoan.articles.Article;
import vn.toasoan.comments.CommentBuilder;
import vn.toasoan.comments.CommentPages;
import vn.toasoan.comments.Comments;
import vn.toasoan.comments.ReaderClient;
import vn.toasoan.newsroom.Newsroom;
import vn.toasoan.sections.Sections;
import vn.toasoan.support.ArticleBuilder;
import vn.toasoan.support.ToaSoanIntegrationTest;

/**
 * Reader pages are rendered once and served as the same bytes to everyone, with validators and caching headers, until
 * something they show changes; then the next request sees the change.
 */
@ToaSoanIntegrationTest
class PageCacheIntegrationTests {

    private static final String FIREFOX = "Mozilla/5.0 (Android 13; Mobile; rv:121.0) Gecko/121.0 Firefox/121.0";
    private static final String SAFARI = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15"
            + " (KHTML, like Gecko) Version/17.1 Mobile/15E148 Safari/604.1";

    @LocalServerPort
    int port;

    @Autowired
    Newsroom newsroom;

    @Autowired
    Sections sections;

    @Autowired
    CommentPages commentPages;

    @Autowired
    Comments comments;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void twoReadersGetTheSamePageByteForByteWithItsValidators() {
        Article article = newsroom.published(
                ArticleBuilder.article("Cầu mới qua sông Lam thông xe").tags("Giao thông Sông Lam"));
        String section = sections.byId(article.sectionId()).url();

        commentPages.awaitFreshFormToken();
        for (String path : List.of(article.url(), "/", section, "/the/giao-thong-song-lam")) {
            var first = get(path, FIREFOX, "113.160.1.1");
            var second = get(path, SAFARI, "27.72.2.2");

            assertThat(first.statusCode()).as(path).isEqualTo(200);
            assertThat(second.body()).as(path).isEqualTo(first.body());
            assertThat(second.headers().firstValue("ETag"))
                    .as(path)
                    .isEqualTo(first.headers().firstValue("ETag"));
            assertThat(first.headers().firstValue("Last-Modified")).as(path).isPresent();
            assertThat(first.headers().firstValue("Cache-Control"))
                    .as(path)
                    .hasValue("public, max-age=30, stale-while-revalidate=60");
            assertThat(first.headers().firstValue("Content-Security-Policy"))
                    .as("the security headers come with the kept page: " + path)
                    .hasValueSatisfying(csp -> assertThat(csp).contains("script-src 'self'"));
            assertThat(second.headers().firstValue("Content-Security-Policy"))
                    .isEqualTo(first.headers().firstValue("Content-Security-Policy"));
            assertThat(second.headers().allValues("Set-Cookie")).as(path).isEmpty();
        }
    }

    @Test
    void readersArrivingWhileAPageRendersAllGetThatPage() throws Exception {
        Article article = newsroom.published(ArticleBuilder.article("Lũ sớm về đầu nguồn sông Lam"));
        List<CompletableFuture<HttpResponse<String>>> readers = new ArrayList<>();
        commentPages.awaitFreshFormToken();
        try (Connection held = dataSource.getConnection()) {
            held.setAutoCommit(false);
            try (var lock = held.createStatement()) {
                // the first rendering waits on the database, long enough for the others to arrive meanwhile
                lock.execute("LOCK TABLE articles, article_views IN ACCESS EXCLUSIVE MODE");
            }
            for (int i = 0; i < 12; i++) {
                readers.add(client.sendAsync(
                        request(article.url(), FIREFOX, "113.160.3." + i).build(),
                        HttpResponse.BodyHandlers.ofString()));
            }
            Thread.sleep(500);
            held.commit();
        }

        var first = readers.get(0).get(30, TimeUnit.SECONDS);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body()).contains("Lũ sớm về đầu nguồn sông Lam");
        for (var reader : readers) {
            var page = reader.get(30, TimeUnit.SECONDS);
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).isEqualTo(first.body());
            assertThat(page.headers().firstValue("ETag"))
                    .isEqualTo(first.headers().firstValue("ETag"));
        }
    }

    @Test
    void aMatchingETagIsAnsweredWithNotModifiedAndTheGzipCopyIsThePage() throws Exception {
        Article article = newsroom.published(ArticleBuilder.article("Chợ phiên vùng cao họp sớm"));
        commentPages.awaitFreshFormToken();
        var page = get(article.url(), FIREFOX, "113.160.1.3");
        String etag = page.headers().firstValue("ETag").orElseThrow();

        var revalidated = send(request(article.url(), SAFARI, "27.72.2.3")
                .header("If-None-Match", etag)
                .build());
        assertThat(revalidated.statusCode()).isEqualTo(304);
        assertThat(revalidated.body()).isEmpty();
        assertThat(send(request(article.url(), SAFARI, "27.72.2.3")
                                .header("If-None-Match", "W/\"khac\"")
                                .build())
                        .statusCode())
                .isEqualTo(200);

        var zipped = gzipped(article.url(), "27.72.2.4", "gzip");
        assertThat(zipped.statusCode()).isEqualTo(200);
        assertThat(zipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(zipped.headers().firstValue("Vary"))
                .hasValueSatisfying(v -> assertThat(v).containsIgnoringCase("Accept-Encoding"));
        try (var in = new GZIPInputStream(new ByteArrayInputStream(zipped.body()))) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(page.body());
        }
    }

    @Test
    void theReaderWhoseRequestRendersAPageGetsTheKeptBytesWithTheirLength() throws Exception {
        Article article = newsroom.published(ArticleBuilder.article("Đường ven biển Cồn Mây thông tuyến"));
        commentPages.awaitFreshFormToken();
        var rendered = gzipped(article.url(), "113.160.1.5", "gzip, deflate, br");
        var kept = gzipped(article.url(), "27.72.2.5", "gzip, deflate, br");

        for (var response : List.of(rendered, kept)) {
            assertThat(response.headers().firstValue("Content-Encoding")).hasValue("gzip");
            assertThat(response.headers().firstValue("Transfer-Encoding")).isEmpty();
            assertThat(response.headers().firstValueAsLong("Content-Length")).hasValue(response.body().length);
        }
        assertThat(rendered.body())
                .as("a cache in front keeps what the first reader got")
                .isEqualTo(kept.body());

        var refused = gzipped(article.url(), "27.72.2.6", "gzip;q=0, identity");
        assertThat(refused.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(new String(refused.body(), StandardCharsets.UTF_8)).contains("Đường ven biển Cồn Mây thông tuyến");
    }

    @Test
    void aPublishAnEditAnApprovedCommentAndAnUnpublishAreEachOnTheNextRequest() throws IOException {
        Article first = newsroom.published(ArticleBuilder.article("Mùa lúa chín ở đồng bằng Sông Lam"));
        String section = sections.byId(first.sectionId()).url();
        assertThat(get(first.url(), FIREFOX, "113.160.1.5").body()).contains("Mùa lúa chín");
        assertThat(get("/", FIREFOX, "113.160.1.5").body()).contains("Mùa lúa chín");
        assertThat(get(section, FIREFOX, "113.160.1.5").body()).contains("Mùa lúa chín");

        Article second = newsroom.published(ArticleBuilder.article("Lễ hội đua thuyền trên sông Lam"));
        assertThat(get("/", SAFARI, "27.72.2.5").body()).as("the home page").contains("Lễ hội đua thuyền");
        assertThat(get(section, SAFARI, "27.72.2.5").body()).as("its section").contains("Lễ hội đua thuyền");

        var edited = newsroom.api(
                "PUT",
                "/api/v1/articles/" + first.id(),
                newsroom.account(Role.EDITOR),
                "{\"sapo\": \"Nông dân gặt lúa sớm hơn mọi năm một tuần.\"}");
        assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);
        assertThat(get(first.url(), SAFARI, "27.72.2.5").body()).contains("Nông dân gặt lúa sớm hơn mọi năm một tuần.");

        var reader = new ReaderClient(port);
        String token = CommentPages.token(reader.get(first.url()).body());
        commentPages.fillIn();
        var sent = reader.post(
                "/binh-luan/" + first.id(),
                CommentBuilder.comment("Năm nay lúa được mùa, bà con rất vui.")
                        .by("Lê Thị Hoa", "hoa@example.vn")
                        .fields(token),
                null,
                "text/html");
        assertThat(sent.status()).isEqualTo(303);
        assertThat(get(first.url(), SAFARI, "27.72.2.5").body())
                .as("not before an editor approves it")
                .doesNotContain("bà con rất vui");
        long commentId = jdbc.sql("SELECT id FROM comments WHERE name = 'Lê Thị Hoa'")
                .query(Long.class)
                .single();
        comments.approve(commentId, null, Newsroom.EDITOR);
        assertThat(get(first.url(), SAFARI, "27.72.2.5").body()).contains("bà con rất vui");

        var unpublished = newsroom.api(
                "POST", "/api/v1/articles/" + second.id() + "/unpublish", newsroom.account(Role.EDITOR), null);
        assertThat(unpublished.statusCode()).as(unpublished.body()).isEqualTo(200);
        assertThat(get(second.url(), FIREFOX, "113.160.1.5").statusCode()).isEqualTo(404);
        assertThat(get("/", FIREFOX, "113.160.1.5").body()).doesNotContain("Lễ hội đua thuyền");
        assertThat(get(section, FIREFOX, "113.160.1.5").body()).doesNotContain("Lễ hội đua thuyền");
        assertThat(get(first.url(), FIREFOX, "113.160.1.5").body())
                .as("beside another article")
                .doesNotContain("Lễ hội đua thuyền");
    }

    @Test
    void theCommentFormWorksStraightFromTheKeptPage() throws IOException {
        Article article = newsroom.published(ArticleBuilder.article("Trường làng đón năm học mới"));
        get(article.url(), FIREFOX, "113.160.1.6");
        var reader = new ReaderClient(port);
        String token = CommentPages.token(reader.get(article.url()).body());
        assertThat(token)
                .as("the form another reader was served")
                .isEqualTo(CommentPages.token(
                        get(article.url(), SAFARI, "27.72.2.6").body()));
        commentPages.fillIn();

        var sent = reader.post(
                "/binh-luan/" + article.id(),
                CommentBuilder.comment("Chúc các em một năm học thật vui.")
                        .by("Phan Văn Tài", "tai@example.vn")
                        .fields(token),
                null,
                "text/html");

        assertThat(sent.status()).isEqualTo(303);
        assertThat(jdbc.sql("SELECT count(*) FROM comments WHERE name = 'Phan Văn Tài' AND status = 'PENDING'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void noReaderPageSetsACookieWithOrWithoutACommentForm() {
        Article article = newsroom.published(
                ArticleBuilder.article("Phố đi bộ mở cửa cuối tuần").tags("Phố đi bộ"));
        String section = sections.byId(article.sectionId()).url();
        for (String path : List.of(
                "/",
                section,
                article.url(),
                "/the/pho-di-bo",
                "/tim-kiem?q=ph%E1%BB%91",
                "/rss.xml",
                "/rss",
                "/sitemap.xml",
                "/khong-co-trang-nay")) {
            for (int visit = 0; visit < 2; visit++) {
                var response = get(path, FIREFOX, "113.160.1.7");
                assertThat(response.statusCode()).as(path).isIn(200, 404);
                assertThat(response.headers().allValues("Set-Cookie")).as(path).isEmpty();
            }
        }
        assertThat(Jsoup.parse(get(article.url(), FIREFOX, "113.160.1.7").body())
                        .select("form.comment-form"))
                .hasSize(1);
    }

    @Test
    void aNewsroomSessionOrAPersonalAddressIsRenderedForThatReaderAlone() {
        Article article = newsroom.published(ArticleBuilder.article("Đường ven biển được mở rộng"));

        var editor = send(request(article.url(), FIREFOX, "113.160.1.8")
                .header("Cookie", "JSESSIONID=0123456789abcdef")
                .build());
        var sent = get(article.url() + "?binh-luan=da-gui", FIREFOX, "113.160.1.8");

        for (var response : List.of(editor, sent)) {
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Cache-Control")).hasValue("private, no-store");
            assertThat(response.headers().firstValue("ETag")).isEmpty();
        }
    }

    private HttpResponse<String> get(String path, String agent, String address) {
        return send(request(path, agent, address).build());
    }

    private HttpRequest.Builder request(String path, String agent, String address) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("User-Agent", agent)
                .header("X-Forwarded-For", address);
    }

    private HttpResponse<byte[]> gzipped(String path, String address, String acceptEncoding) throws Exception {
        return client.send(
                request(path, FIREFOX, address)
                        .header("Accept-Encoding", acceptEncoding)
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
