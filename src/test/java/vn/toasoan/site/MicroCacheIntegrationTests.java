package vn.toasoan.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.toasoan.accounts.Role;
import vn.toasoan.articles.Article;
import vn.toasoan.comments.CommentPages;
import vn.toasoan.newsroom.Newsroom;
import vn.toasoan.support.ArticleBuilder;
import vn.toasoan.support.DebianNginx;
import vn.toasoan.support.ToaSoanIntegrationTest;

/**
 * The reference nginx configuration ({@code deploy/nginx/toasoan.conf}) in front of the application, as an operator
 * installs it: what it keeps in its micro-cache, for whom, and how soon a change gets through.
 */
@ToaSoanIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MicroCacheIntegrationTests {

    private static final String CHROME = "gzip, deflate, br, zstd";
    private static final String SAFARI = "gzip, deflate, br";

    @LocalServerPort
    int port;

    @Autowired
    Newsroom newsroom;

    @Autowired
    CommentPages commentPages;

    private final HttpClient client = HttpClient.newHttpClient();
    private DebianNginx nginx;

    @BeforeAll
    void startNginx() {
        nginx = DebianNginx.inFrontOf(port);
    }

    @AfterAll
    void stopNginx() {
        nginx.close();
    }

    @Test
    void browsersShareOneGzippedCopyAndAClientWithoutGzipGetsThePagePlain() throws IOException {
        Article article = newsroom.published(ArticleBuilder.article("Chợ nổi Vĩnh Lam họp lại sau mùa lũ"));
        commentPages.awaitFreshFormToken();

        var safari = get(article.url(), SAFARI, null);
        var chrome = get(article.url(), CHROME, null);
        var plain = get(article.url(), null, null);
        var plainAgain = get(article.url(), null, null);
        var refusing = get(article.url(), "gzip;q=0, identity", null);

        assertThat(safari.statusCode()).as(nginx.errorLog()).isEqualTo(200);
        assertThat(safari.headers().firstValue("X-Cache")).hasValue("MISS");
        assertThat(chrome.headers().firstValue("X-Cache"))
                .as("another browser's wording of Accept-Encoding is served the copy kept")
                .hasValueSatisfying(status -> assertThat(status).isNotEqualTo("MISS"));
        for (var browser : List.of(safari, chrome)) {
            assertThat(browser.headers().firstValue("Content-Encoding")).hasValue("gzip");
            assertThat(browser.headers().firstValueAsLong("Content-Length"))
                    .as("kept with its length, not chunked")
                    .hasValue(browser.body().length);
            assertThat(browser.headers().firstValue("Vary"))
                    .as("browsers and caches in front still learn that the page varies")
                    .hasValueSatisfying(vary -> assertThat(vary).containsIgnoringCase("Accept-Encoding"));
        }
        assertThat(chrome.body()).isEqualTo(safari.body());

        assertThat(plain.headers().firstValue("X-Cache"))
                .as("a gzipped copy is never sent to a client that did not ask for one")
                .hasValue("MISS");
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(plainAgain.headers().firstValue("X-Cache"))
                .hasValueSatisfying(s -> assertThat(s).isNotEqualTo("MISS"));
        assertThat(plainAgain.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(plain.body()).isEqualTo(gunzip(safari.body()));
        assertThat(refusing.headers().firstValue("Content-Encoding"))
                .as("a client that refuses gzip by weight")
                .isEmpty();
        assertThat(refusing.body()).isEqualTo(plain.body());
        assertThat(new String(plain.body(), StandardCharsets.UTF_8)).contains("Chợ nổi Vĩnh Lam họp lại sau mùa lũ");
    }

    @Test
    void theNewsroomAndPagesForOneReaderAreNeverKept() {
        Article article = newsroom.published(ArticleBuilder.article("Đèn đường mới trên đại lộ Sông Lam"));

        var editor = get(article.url(), SAFARI, "JSESSIONID=0123456789abcdef");
        assertThat(editor.statusCode()).isEqualTo(200);
        assertThat(editor.headers().firstValue("X-Cache"))
                .as("an editor with a newsroom session always reaches the application")
                .hasValue("BYPASS");

        for (String personal : List.of(article.url() + "?binh-luan=da-gui", "/toa-soan/dang-nhap")) {
            var first = get(personal, SAFARI, null);
            var second = get(personal, SAFARI, null);
            assertThat(first.statusCode()).as(personal).isEqualTo(200);
            assertThat(first.headers().firstValue("Cache-Control"))
                    .as(personal)
                    .hasValueSatisfying(c -> assertThat(c).contains("no-store"));
            assertThat(second.headers().firstValue("X-Cache"))
                    .as(personal + " is the application's answer every time")
                    .hasValue("MISS");
        }
    }

    @Test
    void anEditReachesReadersBehindTheCacheWithinSeconds() throws InterruptedException {
        Article article = newsroom.published(ArticleBuilder.article("Cảng cá Cửa Lam đón tàu về tránh bão"));
        assertThat(text(get(article.url(), null, null))).contains("Cảng cá Cửa Lam");
        assertThat(get(article.url(), null, null).headers().firstValue("X-Cache"))
                .hasValueSatisfying(s -> assertThat(s).isNotEqualTo("MISS"));

        var edited = newsroom.api(
                "PUT",
                "/api/v1/articles/" + article.id(),
                newsroom.account(Role.EDITOR),
                "{\"sapo\": \"Hơn ba trăm tàu cá đã vào bờ an toàn trước khi bão đến.\"}");
        assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);

        long edit = System.nanoTime();
        String page = text(get(article.url(), null, null));
        while (!page.contains("Hơn ba trăm tàu cá") && System.nanoTime() - edit < 8_000_000_000L) {
            Thread.sleep(100);
            page = text(get(article.url(), null, null));
        }
        double seconds = (System.nanoTime() - edit) / 1e9;
        assertThat(page).contains("Hơn ba trăm tàu cá đã vào bờ an toàn");
        assertThat(seconds)
                .as("kept two seconds, then fetched once more in the background")
                .isLessThan(4.5);
    }

    private HttpResponse<byte[]> get(String path, String acceptEncoding, String cookie) {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + nginx.port() + path))
                .header("User-Agent", "Mozilla/5.0 (Linux; Android 13) Mobile");
        if (acceptEncoding != null) {
            request.header("Accept-Encoding", acceptEncoding);
        }
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    private static byte[] gunzip(byte[] gzipped) throws IOException {
        try (var in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
            return in.readAllBytes();
        }
    }
}
