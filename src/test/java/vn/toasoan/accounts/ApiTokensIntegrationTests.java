package vn.toasoan.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.toasoan.newsroom.Newsroom;
import vn.toasoan.newsroom.NewsroomClient;
import vn.toasoan.support.ToaSoanIntegrationTest;

/** Personal API tokens, as an editor makes them in the newsroom and a script sends them. */
@ToaSoanIntegrationTest
class ApiTokensIntegrationTests {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    Newsroom newsroom;

    @Autowired
    ApiTokens tokens;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aTokenMadeInTheNewsroomIsShownOnceKeptAsAHashAndOpensTheApi() throws Exception {
        Account editor = newsroom.account(Role.EDITOR);
        var browser = NewsroomClient.loggedIn(port, editor.email(), Newsroom.PASSWORD);

        var made = browser.submit(
                "/toa-soan/ma-api", Map.of("name", "Kịch bản thời tiết", "scope", List.of("read"), "days", "30"));
        assertThat(NewsroomClient.location(made)).endsWith("/toa-soan/ma-api");
        var page = browser.page("/toa-soan/ma-api");
        String secret = page.select("#new-token code.nr-token").text();
        assertThat(secret).startsWith("tsk_").hasSizeGreaterThan(40);
        assertThat(page.select("#tokens [data-token]").text()).contains("Kịch bản thời tiết", "Đọc bài viết");
        assertThat(browser.page("/toa-soan/ma-api").select("#new-token"))
                .as("shown once")
                .isEmpty();

        String stored = jdbc.sql("SELECT token_hash FROM api_tokens t JOIN accounts a ON a.id = t.account_id"
                        + " WHERE a.email = ?")
                .param(editor.email())
                .query(String.class)
                .single();
        assertThat(stored)
                .isEqualTo(HexFormat.of()
                        .formatHex(
                                MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8))));

        var read = bearer("GET", "/api/v1/articles", secret, null);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(actions(editor.email())).contains("token.create");
    }

    @Test
    void scopesLimitWhatATokenMayDoWithinItsAccountsRole() throws Exception {
        Account editor = newsroom.account(Role.EDITOR);
        Account reporter = newsroom.account(Role.REPORTER);
        String reader =
                tokens.create(editor, "Chỉ đọc", Set.of(ApiScope.READ), null).secret();
        String writer = tokens.create(editor, "Viết bài", Set.of(ApiScope.WRITE_ARTICLES), null)
                .secret();
        String moderator = tokens.create(editor, "Duyệt", Set.of(ApiScope.MODERATE_COMMENTS), null)
                .secret();
        String reportersModerator = tokens.create(reporter, "Duyệt hộ", Set.of(ApiScope.MODERATE_COMMENTS), null)
                .secret();
        String article =
                "{\"title\":\"Bài từ mã API\",\"sapo\":\"Sapo\",\"body\":\"<p>Nội dung</p>\",\"section\":\"thoi-su\"}";

        assertThat(bearer("POST", "/api/v1/articles", reader, article).statusCode())
                .isEqualTo(403);
        assertThat(bearer("POST", "/api/v1/comments/987654/reject", reader, "{}")
                        .statusCode())
                .isEqualTo(403);
        assertThat(bearer("GET", "/api/v1/comments?status=PENDING", reader, null)
                        .statusCode())
                .isEqualTo(200);

        assertThat(bearer("POST", "/api/v1/articles", writer, article).statusCode())
                .isEqualTo(201);
        assertThat(bearer("GET", "/api/v1/articles", writer, null).statusCode()).isEqualTo(403);

        // the scope lets the request through to the comment, which does not exist
        assertThat(bearer("POST", "/api/v1/comments/987654/reject", moderator, "{}")
                        .statusCode())
                .isEqualTo(404);
        assertThat(bearer("GET", "/api/v1/comments?status=PENDING", moderator, null)
                        .statusCode())
                .isEqualTo(200);
        // and no scope gives a reporter what a reporter may not do
        assertThat(bearer("POST", "/api/v1/comments/987654/reject", reportersModerator, "{}")
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void revokedExpiredAndDisabledAccountsTokensAreRefusedWithABearerChallenge() throws Exception {
        Account admin = newsroom.account(Role.ADMIN);
        Account editor = newsroom.account(Role.EDITOR);
        var created = tokens.create(editor, "Sẽ thu hồi", Set.of(ApiScope.READ), Duration.ofDays(90));
        String expiring = tokens.create(editor, "Sắp hết hạn", Set.of(ApiScope.READ), Duration.ofSeconds(1))
                .secret();
        String ofDisabled = tokens.create(editor, "Của tài khoản bị khóa", Set.of(ApiScope.READ), null)
                .secret();
        assertThat(bearer("GET", "/api/v1/articles", created.secret(), null).statusCode())
                .isEqualTo(200);

        var adminBrowser = NewsroomClient.loggedIn(port, admin.email(), Newsroom.PASSWORD);
        assertThat(adminBrowser
                        .page("/toa-soan/ma-api")
                        .select("[data-token=\"" + created.token().id() + "\"]")
                        .text())
                .as("administrators see every account's tokens")
                .contains(editor.email());
        adminBrowser.submit("/toa-soan/ma-api/" + created.token().id() + "/thu-hoi", Map.of());

        var revoked = bearer("GET", "/api/v1/articles", created.secret(), null);
        assertThat(revoked.statusCode()).isEqualTo(401);
        assertThat(revoked.headers().allValues("WWW-Authenticate"))
                .containsExactly("Bearer realm=\"toasoan\", error=\"invalid_token\"");
        assertThat(revoked.body()).contains("Mã API không đúng, đã hết hạn hoặc đã bị thu hồi.");
        assertThat(actions(editor.email())).contains("token.revoke");

        Thread.sleep(1_100);
        assertThat(bearer("GET", "/api/v1/articles", expiring, null).statusCode())
                .isEqualTo(401);

        accounts.update(admin.email(), editor.id(), editor.displayName(), Role.EDITOR, AccountStatus.DISABLED);
        assertThat(bearer("GET", "/api/v1/articles", ofDisabled, null).statusCode())
                .isEqualTo(401);
        assertThat(bearer("GET", "/api/v1/articles", "tsk_made-up", null).statusCode())
                .isEqualTo(401);
    }

    @Test
    void theLastUseIsWrittenAtMostOnceAMinute() throws Exception {
        Account editor = newsroom.account(Role.EDITOR);
        var created = tokens.create(editor, "Dùng nhiều", Set.of(ApiScope.READ), null);
        assertThat(lastUsed(created.token().id())).isNull();

        bearer("GET", "/api/v1/articles", created.secret(), null);
        OffsetDateTime first = lastUsed(created.token().id());
        for (int i = 0; i < 5; i++) {
            bearer("GET", "/api/v1/articles", created.secret(), null);
        }

        assertThat(first).isNotNull();
        assertThat(lastUsed(created.token().id())).isEqualTo(first);
    }

    @Test
    void theOpenApiDescriptionNamesTheBearerScheme() throws Exception {
        var description = CLIENT.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/openapi"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(description.body()).contains("\"bearer\"", "\"scheme\":\"bearer\"", "articles:write");
    }

    private OffsetDateTime lastUsed(long id) {
        return jdbc.sql("SELECT last_used_at FROM api_tokens WHERE id = ?")
                .param(id)
                .query(OffsetDateTime.class)
                .optional()
                .orElse(null);
    }

    private List<String> actions(String email) {
        return jdbc.sql("SELECT action FROM audit_log WHERE target_id = ?")
                .param(email)
                .query(String.class)
                .list();
    }

    private HttpResponse<String> bearer(String method, String path, String token, String json) throws Exception {
        var builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json")
                .method(
                        method,
                        json == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (json != null) {
            builder.header("Content-Type", "application/json");
        }
        return CLIENT.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
