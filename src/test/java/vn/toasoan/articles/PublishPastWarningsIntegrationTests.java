package vn.toasoan.articles;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.toasoan.accounts.Account;
import vn.toasoan.accounts.Role;
import vn.toasoan.newsroom.Newsroom;
import vn.toasoan.platform.VietnamTime;
import vn.toasoan.support.ArticleBuilder;
import vn.toasoan.support.ToaSoanIntegrationTest;

/**
 * Publishing past open warnings through the API: a blocking one is refused until fixed, any other until named in
 * {@code acknowledge}; the audit log keeps who published past which; scheduling counts as publishing.
 */
@ToaSoanIntegrationTest
class PublishPastWarningsIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Paragraphs 1 and 3 differ by one space: the slip the sample page shipped with. */
    static final String DUPLICATED =
            "<p>Các đại biểu đã thảo luận kỹ về kế hoạch phát triển giao thông nông thôn của tỉnh.</p>"
                    + "<p>Hội nghị kéo dài đến chiều cùng ngày.</p>"
                    + "<p>Các đại biểu đã thảo luận kỹ về kế hoạch phát triển giao thông  nông thôn của tỉnh.</p>";

    @Autowired
    Newsroom newsroom;

    @Autowired
    CheckPolicies policies;

    @Autowired
    JdbcClient jdbc;

    /** The application's clock, which other tests of the same context move forward: "in the future" counts from it. */
    @Autowired
    java.time.Clock clock;

    @BeforeEach
    void asOnANewInstallation() {
        policies.setBlocking("test", Set.of(Check.NEAR_DUPLICATE_PARAGRAPH, Check.FIGURE_WITHOUT_CREDIT));
    }

    @AfterEach
    void asOtherTestsExpect() {
        policies.setBlocking("test", Set.of());
    }

    @Test
    void publishingAnswers409WhileABlockingWarningIsOpenAndAcknowledgingItChangesNothing() {
        Account editor = newsroom.account(Role.EDITOR);
        long id = newsroom.draft(
                        editor,
                        ArticleBuilder.article("Hội nghị giao thông nông thôn").body(DUPLICATED))
                .id();

        var refused = newsroom.api(
                "POST",
                "/api/v1/articles/" + id + "/publish",
                editor,
                "{\"acknowledge\": [\"NEAR_DUPLICATE_PARAGRAPH\"]}");

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(refused.body());
        assertThat(problem.get("detail").asString()).startsWith("Chưa thể đăng");
        assertThat(problem.get("warnings").get(0).get("code").asString()).isEqualTo("NEAR_DUPLICATE_PARAGRAPH");
        assertThat(problem.get("warnings").get(0).get("blocking").asBoolean()).isTrue();
        assertThat(newsroom.status(id)).isEqualTo(ArticleStatus.DRAFT);
    }

    @Test
    void aNonBlockingWarningIsPublishedPastOnlyWhenNamedAndTheAuditLogSaysWhoDid() {
        Account editor = newsroom.account(Role.EDITOR);
        long id = newsroom.draft(
                        editor, ArticleBuilder.article("Tin ngắn chưa có sapo").sapo(""))
                .id();

        var unnamed = newsroom.api("POST", "/api/v1/articles/" + id + "/publish", editor, null);
        assertThat(unnamed.statusCode()).isEqualTo(409);
        assertThat(codes(unnamed.body())).containsExactly("MISSING_SAPO");
        assertThat(JSON.readTree(unnamed.body()).get("detail").asString())
                .startsWith("Chưa đăng: hãy xác nhận đã xem 1 cảnh báo");
        var otherNamed = newsroom.api(
                "POST", "/api/v1/articles/" + id + "/publish", editor, "{\"acknowledge\": [\"INSECURE_LINK\"]}");
        assertThat(otherNamed.statusCode()).isEqualTo(409);

        var published = newsroom.api(
                "POST", "/api/v1/articles/" + id + "/publish", editor, "{\"acknowledge\": [\"MISSING_SAPO\"]}");

        assertThat(published.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(published.body()).get("status").asString()).isEqualTo("PUBLISHED");
        assertThat(audit(id, "article.publish"))
                .singleElement()
                .satisfies(entry -> assertThat(entry)
                        .startsWith(editor.email() + ": ")
                        .contains("vượt qua cảnh báo đã xác nhận")
                        .contains("MISSING_SAPO"));
    }

    @Test
    void schedulingMeetsTheSameRuleAndAWarningThatAppearsLaterKeepsTheArticleBack() {
        Account reporter = newsroom.account(Role.REPORTER);
        Account editor = newsroom.account(Role.EDITOR);
        long id = newsroom.draft(
                        reporter,
                        ArticleBuilder.article("Bài hẹn giờ thiếu sapo").sapo(""))
                .id();
        String at = VietnamTime.iso(clock.instant().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.MINUTES));

        var refused = newsroom.api(
                "POST", "/api/v1/articles/" + id + "/schedule", editor, "{\"scheduledAt\": \"" + at + "\"}");
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(codes(refused.body())).containsExactly("MISSING_SAPO");

        var scheduled = newsroom.api(
                "POST",
                "/api/v1/articles/" + id + "/schedule",
                editor,
                "{\"scheduledAt\": \"" + at + "\", \"acknowledge\": [\"MISSING_SAPO\"]}");
        assertThat(scheduled.statusCode()).isEqualTo(200);
        assertThat(audit(id, "article.schedule"))
                .singleElement()
                .satisfies(e -> assertThat(e).contains("MISSING_SAPO"));

        // after scheduling, someone adds a plain http: link nobody acknowledged
        jdbc.sql("UPDATE articles SET body = body || '<p>Xem <a href=\"http://example.vn\">tại đây</a>.</p>'"
                        + " WHERE id = ?")
                .param(id)
                .update();
        jdbc.sql("UPDATE articles SET scheduled_at = now() - interval '1 minute' WHERE id = ?")
                .param(id)
                .update();
        workflow.publishDue();

        assertThat(newsroom.status(id)).isEqualTo(ArticleStatus.IN_REVIEW);
        assertThat(audit(id, "article.schedule_failed"))
                .singleElement()
                .satisfies(e -> assertThat(e).contains("http://example.vn"));
        assertThat(notified(reporter.id(), id)).contains("SCHEDULE_FAILED");
        assertThat(notified(editor.id(), id)).contains("SCHEDULE_FAILED");
    }

    @Test
    void anAcknowledgedWarningGoesOutAtTheScheduledTimeAndTellsTheAuthorAndTheScheduler() {
        Account reporter = newsroom.account(Role.REPORTER);
        Account editor = newsroom.account(Role.EDITOR);
        long id = newsroom.draft(
                        reporter,
                        ArticleBuilder.article("Bài hẹn giờ đã xác nhận").sapo(""))
                .id();
        workflow.apply(
                editor,
                id,
                Transition.SCHEDULE,
                null,
                new MoveRequest(clock.instant().plus(Duration.ofHours(3)), Set.of("MISSING_SAPO"), null));
        jdbc.sql("UPDATE articles SET scheduled_at = now() - interval '1 minute' WHERE id = ?")
                .param(id)
                .update();

        workflow.publishDue();

        assertThat(newsroom.status(id)).isEqualTo(ArticleStatus.PUBLISHED);
        assertThat(audit(id, "article.publish"))
                .singleElement()
                .satisfies(e -> assertThat(e).startsWith("system: ").contains("MISSING_SAPO"));
        assertThat(notified(reporter.id(), id)).contains("SCHEDULE_REACHED");
        assertThat(notified(editor.id(), id)).contains("SCHEDULE_REACHED");
    }

    @Test
    void theOpenApiDescriptionNamesTheConflictAndTheAcknowledgement() {
        var openapi = JSON.readTree(newsroom.api("GET", "/api/v1/openapi", newsroom.account(Role.EDITOR), null)
                .body());
        JsonNode publish =
                openapi.get("paths").get("/api/v1/articles/{id}/publish").get("post");
        assertThat(publish.get("responses").has("409")).isTrue();
        assertThat(publish.get("description").asString()).contains("acknowledge");
        String schema = publish.get("requestBody")
                .get("content")
                .get("application/json")
                .get("schema")
                .get("$ref")
                .asString()
                .replace("#/components/schemas/", "");
        assertThat(openapi.get("components")
                        .get("schemas")
                        .get(schema)
                        .get("properties")
                        .has("acknowledge"))
                .isTrue();
    }

    @Autowired
    ArticleWorkflow workflow;

    private List<String> codes(String problem) {
        List<String> codes = new java.util.ArrayList<>();
        JSON.readTree(problem)
                .get("warnings")
                .forEach(w -> codes.add(w.get("code").asString()));
        return codes;
    }

    /** "actor: details" of the article's audit entries for this action. */
    private List<String> audit(long id, String action) {
        return jdbc.sql("SELECT actor || ': ' || details FROM audit_log WHERE target_id = ? AND action = ? ORDER BY id")
                .params(String.valueOf(id), action)
                .query(String.class)
                .list();
    }

    private List<String> notified(long accountId, long articleId) {
        return jdbc.sql("SELECT kind FROM notifications WHERE account_id = ? AND article_id = ? ORDER BY id")
                .params(accountId, articleId)
                .query(String.class)
                .list();
    }
}
