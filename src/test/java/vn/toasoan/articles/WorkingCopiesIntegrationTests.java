package vn.toasoan.articles;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.toasoan.accounts.Account;
import vn.toasoan.accounts.Role;
import vn.toasoan.newsroom.Newsroom;
import vn.toasoan.newsroom.NewsroomClient;
import vn.toasoan.newsroom.articles.EditorForm;
import vn.toasoan.support.ToaSoanIntegrationTest;

/**
 * Working copies on the server ("Bản lưu tạm"): kept per account and article, offered back in the editor on any
 * computer, removed by a save, swept when nobody came back; sent with the session's CSRF token.
 */
@ToaSoanIntegrationTest
class WorkingCopiesIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Newsroom newsroom;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    WorkingCopies workingCopies;

    @Test
    void aCopyWaitsForItsAuthorOnlyAndGoesWhenTheArticleIsSaved() {
        Account author = newsroom.account(Role.REPORTER);
        Account colleague = newsroom.account(Role.REPORTER);
        long id = newsroom.draft(author, "Giá lúa tăng nhẹ").id();
        var first = NewsroomClient.loggedIn(port, author.email(), Newsroom.PASSWORD);

        var kept = first.submit(
                "/toa-soan/ban-luu-tam",
                Map.of(
                        "article",
                        id,
                        "version",
                        1,
                        "fields",
                        "{\"title\": \"Giá lúa tăng nhẹ đầu vụ\", \"sapo\": \"\"}"));
        assertThat(kept.statusCode()).isEqualTo(204);

        // the same account on another computer
        var second = NewsroomClient.loggedIn(port, author.email(), Newsroom.PASSWORD);
        Document page = second.page("/toa-soan/bai-viet/" + id);
        assertThat(page.select("#working-copy").attr("data-fields")).contains("Giá lúa tăng nhẹ đầu vụ");
        assertThat(page.select("#working-copy p").text())
                .matches("Khôi phục bản lưu tạm lúc \\d\\d-\\d\\d-\\d{4} \\d\\d:\\d\\d\\?");

        var other = NewsroomClient.loggedIn(port, colleague.email(), Newsroom.PASSWORD);
        assertThat(other.submit("/toa-soan/ban-luu-tam", Map.of("article", id, "version", 1, "fields", "{}"))
                        .statusCode())
                .isEqualTo(403);
        assertThat(first.post(
                                "/toa-soan/ban-luu-tam",
                                Map.of("article", id, "version", 1, "fields", "{\"title\": \"không có mã CSRF\"}"))
                        .statusCode())
                .isEqualTo(403);
        assertThat(first.submit("/toa-soan/ban-luu-tam", Map.of("article", id, "fields", "không phải JSON"))
                        .statusCode())
                .isEqualTo(422);

        Map<String, Object> form = EditorForm.fields(page);
        form.put("title", "Giá lúa tăng nhẹ đầu vụ");
        assertThat(second.submit("/toa-soan/bai-viet/" + id, form).statusCode()).isEqualTo(302);
        assertThat(second.page("/toa-soan/bai-viet/" + id).select("#working-copy"))
                .isEmpty();
        assertThat(count(author)).isZero();
    }

    @Test
    void aNewArticlesCopyIsOfferedOnTheNewArticlePageUntilOneIsCreated() {
        Account author = newsroom.account(Role.REPORTER);
        var browser = NewsroomClient.loggedIn(port, author.email(), Newsroom.PASSWORD);
        browser.submit(
                "/toa-soan/ban-luu-tam",
                Map.of(
                        "article",
                        "new",
                        "fields",
                        "{\"title\": \"Tin chưa kịp lưu\", \"body\": \"<p>Đoạn đầu.</p>\"}"));

        Document page = browser.page("/toa-soan/bai-viet/moi");
        assertThat(page.select("#working-copy").attr("data-fields")).contains("Tin chưa kịp lưu");

        Map<String, Object> form = EditorForm.fields(page);
        form.put("title", "Tin chưa kịp lưu");
        form.put("sapo", "Sapo của tin.");
        form.put("body", "<p>Đoạn đầu.</p>");
        assertThat(browser.submit("/toa-soan/bai-viet", form).statusCode()).isEqualTo(302);
        assertThat(browser.page("/toa-soan/bai-viet/moi").select("#working-copy"))
                .isEmpty();
    }

    @Test
    void copiesNobodyCameBackToAreSwept() {
        Account author = newsroom.account(Role.EDITOR);
        long id = newsroom.draft(author, "Bài bỏ dở").id();
        workingCopies.save(author, id, 1, "{\"title\": \"Bài bỏ dở từ lâu\"}");
        workingCopies.save(author, null, 0, "{\"title\": \"Bài mới hôm nay\"}");
        jdbc.sql(
                        "UPDATE working_copies SET saved_at = now() - interval '31 days' WHERE account_id = ? AND article_id = ?")
                .params(author.id(), id)
                .update();

        workingCopies.sweep();

        assertThat(workingCopies.find(author, id)).isEmpty();
        assertThat(workingCopies.find(author, null)).isPresent();
    }

    private long count(Account account) {
        return jdbc.sql("SELECT count(*) FROM working_copies WHERE account_id = ?")
                .param(account.id())
                .query(Long.class)
                .single();
    }
}
