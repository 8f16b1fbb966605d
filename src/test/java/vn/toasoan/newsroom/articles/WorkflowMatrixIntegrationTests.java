package vn.toasoan.newsroom.articles;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.toasoan.accounts.Account;
import vn.toasoan.accounts.Accounts;
import vn.toasoan.accounts.Role;
import vn.toasoan.articles.ArticleStatus;
import vn.toasoan.newsroom.Newsroom;
import vn.toasoan.newsroom.NewsroomClient;
import vn.toasoan.support.ToaSoanIntegrationTest;

/**
 * Every role tries every workflow move, through the newsroom's buttons and through the API. The expected outcome is
 * written out here by hand, as the newsroom's rules say it, not derived from the code under test.
 */
@ToaSoanIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkflowMatrixIntegrationTests {

    /** Where each move starts in these tests, and where it must end. */
    private static final Map<String, ArticleStatus[]> MOVES = Map.of(
            "SUBMIT", new ArticleStatus[] {ArticleStatus.DRAFT, ArticleStatus.IN_REVIEW},
            "RETURN_TO_DRAFT", new ArticleStatus[] {ArticleStatus.IN_REVIEW, ArticleStatus.DRAFT},
            "SCHEDULE", new ArticleStatus[] {ArticleStatus.IN_REVIEW, ArticleStatus.SCHEDULED},
            "UNSCHEDULE", new ArticleStatus[] {ArticleStatus.SCHEDULED, ArticleStatus.IN_REVIEW},
            "PUBLISH", new ArticleStatus[] {ArticleStatus.IN_REVIEW, ArticleStatus.PUBLISHED},
            "UNPUBLISH", new ArticleStatus[] {ArticleStatus.PUBLISHED, ArticleStatus.UNPUBLISHED});

    /** A reporter submits and takes back their own work; editors and administrators make every move. */
    private static final Map<Role, Set<String>> ALLOWED = Map.of(
            Role.REPORTER, Set.of("SUBMIT", "RETURN_TO_DRAFT"),
            Role.EDITOR, MOVES.keySet(),
            Role.ADMIN, MOVES.keySet());

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Newsroom newsroom;

    Account reporter;
    final Map<Role, Account> accountsByRole = new EnumMap<>(Role.class);
    final Map<Role, NewsroomClient> browsers = new EnumMap<>(Role.class);

    @BeforeAll
    void accounts() {
        for (Role role : Role.values()) {
            Account account = newsroom.account(role);
            accountsByRole.put(role, account);
            browsers.put(role, NewsroomClient.loggedIn(port, account.email(), Newsroom.PASSWORD));
        }
        reporter = accountsByRole.get(Role.REPORTER);
    }

    Stream<Arguments> matrix() {
        List<Arguments> cases = new ArrayList<>();
        for (Role role : Role.values()) {
            for (String move : MOVES.keySet().stream().sorted().toList()) {
                cases.add(Arguments.of(role, move, ALLOWED.get(role).contains(move)));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "newsroom: {0} {1} → allowed {2}")
    @MethodSource("matrix")
    void throughTheNewsroomButtons(Role role, String move, boolean allowed) {
        long id = article(move);
        NewsroomClient browser = browsers.get(role);
        int version = version(id);
        HttpResponse<String> response = browser.submit(
                "/toa-soan/bai-viet/" + id + "/chuyen",
                Map.of(
                        "transition",
                        move,
                        "version",
                        version,
                        "scheduleAt",
                        "2099-01-01T06:00",
                        // returning someone else's article says why
                        "reason",
                        "Cần kiểm tra lại số liệu."));

        if (allowed) {
            assertThat(response.statusCode()).isEqualTo(302);
            assertThat(newsroom.status(id)).isEqualTo(MOVES.get(move)[1]);
            assertThat(browser.get("/toa-soan/bai-viet/" + id).body()).contains("nr-flash--ok");
        } else {
            assertThat(response.statusCode()).isEqualTo(403);
            assertThat(response.body()).contains("Không thể thực hiện");
            assertThat(newsroom.status(id)).isEqualTo(MOVES.get(move)[0]);
        }
    }

    @ParameterizedTest(name = "API: {0} {1} → allowed {2}")
    @MethodSource("matrix")
    void throughTheApi(Role role, String move, boolean allowed) {
        long id = article(move);
        String slug = move.toLowerCase().replace('_', '-');
        HttpResponse<String> response = newsroom.api(
                "POST",
                "/api/v1/articles/" + id + "/" + slug,
                accountsByRole.get(role),
                move.equals("SCHEDULE")
                        ? "{\"scheduledAt\": \"2099-01-01T06:00:00+07:00\"}"
                        : move.equals("RETURN_TO_DRAFT") ? "{\"reason\": \"Cần kiểm tra lại số liệu.\"}" : null);

        if (allowed) {
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            assertThat(response.body()).contains("\"status\":\"" + MOVES.get(move)[1] + "\"");
            assertThat(newsroom.status(id)).isEqualTo(MOVES.get(move)[1]);
        } else {
            assertThat(response.statusCode()).isEqualTo(403);
            assertThat(response.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(response.body()).contains("\"detail\":\"Vai trò của bạn không được");
            assertThat(newsroom.status(id)).isEqualTo(MOVES.get(move)[0]);
        }
    }

    @Test
    void aReporterCannotMoveSomeoneElsesArticle() {
        Account other = newsroom.account(Role.REPORTER);
        long id = newsroom.draft(other, "Bài của phóng viên khác").id();

        var ui = browsers.get(Role.REPORTER)
                .submit("/toa-soan/bai-viet/" + id + "/chuyen", Map.of("transition", "SUBMIT", "version", version(id)));
        var api = newsroom.api("POST", "/api/v1/articles/" + id + "/submit", reporter, null);

        assertThat(ui.statusCode()).isEqualTo(403);
        assertThat(api.statusCode()).isEqualTo(403);
        assertThat(browsers.get(Role.REPORTER).get("/toa-soan/bai-viet/" + id).statusCode())
                .isEqualTo(403);
        assertThat(newsroom.status(id)).isEqualTo(ArticleStatus.DRAFT);
    }

    @Test
    void aMoveFromTheWrongStatusIsRefusedWithTheReason() {
        long id = newsroom.draft(reporter, "Bài nháp chưa đăng").id();

        var api = newsroom.api("POST", "/api/v1/articles/" + id + "/unpublish", accountsByRole.get(Role.EDITOR), null);

        assertThat(api.statusCode()).isEqualTo(409);
        assertThat(api.body()).contains("bài đang ở trạng thái \\\"Bản nháp\\\"");
        assertThat(newsroom.status(id)).isEqualTo(ArticleStatus.DRAFT);
    }

    private long article(String move) {
        long id = newsroom.draft(reporter, "Bài cho ma trận " + move).id();
        newsroom.force(id, MOVES.get(move)[0]);
        return id;
    }

    private int version(long id) {
        return jdbc.sql("SELECT version FROM articles WHERE id = ?")
                .param(id)
                .query(Integer.class)
                .single();
    }
}
