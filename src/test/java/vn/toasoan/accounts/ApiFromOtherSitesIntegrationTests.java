package vn.toasoan.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.toasoan.articles.ArticleStatus;
import vn.toasoan.newsroom.Newsroom;
import vn.toasoan.support.ToaSoanIntegrationTest;

/**
 * The API takes HTTP Basic and no CSRF token, so a page on another site must not be able to make an editor's browser
 * publish through it: the API never asks a browser for credentials, and refuses writes that come from another site or
 * in the shapes an HTML form sends.
 */
@ToaSoanIntegrationTest
class ApiFromOtherSitesIntegrationTests {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    Newsroom newsroom;

    Account editor;
    long id;

    @BeforeEach
    void setUp() {
        editor = newsroom.account(Role.EDITOR);
        id = newsroom.draft(editor, "Bài chờ đăng, không được đăng từ trang lạ").id();
        newsroom.force(id, ArticleStatus.IN_REVIEW);
    }

    @Test
    void theApiNeverAsksABrowserForAPasswordItWouldThenKeep() throws Exception {
        var anonymous = send(publish().POST(HttpRequest.BodyPublishers.noBody()));

        assertThat(anonymous.statusCode()).isEqualTo(401);
        // a Bearer challenge, as RFC 7235 wants on a 401: no browser prompts for it, as it would for Basic
        assertThat(anonymous.headers().allValues("WWW-Authenticate")).containsExactly("Bearer realm=\"toasoan\"");
        assertThat(anonymous.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    void aFormOnAnotherSiteCannotPublishEvenWithTheEditorsCredentials() throws Exception {
        var urlencoded = send(publish()
                .header("Authorization", basic())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("")));
        var plainText = send(publish()
                .header("Authorization", basic())
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("{\"x\":1}")));
        var multipart = send(publish()
                .header("Authorization", basic())
                .header("Content-Type", "multipart/form-data; boundary=b")
                .POST(HttpRequest.BodyPublishers.ofString("--b--\r\n")));

        for (var refused : new HttpResponse<?>[] {urlencoded, plainText, multipart}) {
            assertThat(refused.statusCode()).isEqualTo(415);
            assertThat((String) refused.body()).contains("API chỉ nhận JSON");
        }
        assertThat(newsroom.status(id)).isEqualTo(ArticleStatus.IN_REVIEW);
    }

    @Test
    void writesThatSayTheyComeFromAnotherSiteAreRefused() throws Exception {
        var foreignOrigin = send(publish()
                .header("Authorization", basic())
                .header("Origin", "https://trang-la.example")
                .POST(HttpRequest.BodyPublishers.noBody()));
        var crossSite = send(publish()
                .header("Authorization", basic())
                .header("Sec-Fetch-Site", "cross-site")
                .POST(HttpRequest.BodyPublishers.noBody()));

        assertThat(foreignOrigin.statusCode()).isEqualTo(403);
        assertThat(foreignOrigin.body()).contains("gửi từ trang web khác");
        assertThat(crossSite.statusCode()).isEqualTo(403);
        assertThat(newsroom.status(id)).isEqualTo(ArticleStatus.IN_REVIEW);

        var ownPage = send(publish()
                .header("Authorization", basic())
                .header("Origin", "http://localhost:" + port)
                .header("Sec-Fetch-Site", "same-origin")
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(ownPage.statusCode()).isEqualTo(200);
        assertThat(newsroom.status(id)).isEqualTo(ArticleStatus.PUBLISHED);
    }

    @Test
    void theCommentFormsDiacriticsCheckStaysOpenToEveryone() throws Exception {
        var check = send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/vietnamese/check"))
                .header("Content-Type", "application/json")
                .header("Sec-Fetch-Site", "cross-site")
                .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"Bài viết rất hay\"}")));

        assertThat(check.statusCode()).isEqualTo(200);
    }

    private HttpRequest.Builder publish() {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/articles/" + id + "/publish"))
                .header("Accept", "application/json");
    }

    private String basic() {
        return "Basic "
                + Base64.getEncoder()
                        .encodeToString((editor.email() + ":" + Newsroom.PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
