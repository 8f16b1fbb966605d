package vn.toasoan.newsroom.articles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.toasoan.accounts.Account;
import vn.toasoan.accounts.Role;
import vn.toasoan.articles.ArticleStatus;
import vn.toasoan.comments.CommentBuilder;
import vn.toasoan.comments.CommentPages;
import vn.toasoan.comments.ReaderClient;
import vn.toasoan.newsroom.Newsroom;
import vn.toasoan.newsroom.NewsroomClient;
import vn.toasoan.support.TestSmtp;
import vn.toasoan.support.ToaSoanIntegrationTest;

/**
 * Returning with a reason, the editorial notes between reporter and editor, and the notifications each of them gets in
 * the newsroom and, over real SMTP, in their inbox.
 */
@ToaSoanIntegrationTest
class EditorialWorkflowIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Newsroom newsroom;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CommentPages commentPages;

    @Test
    void returningNeedsAReasonWhichReachesTheReportersNotificationsInboxAndNotes() throws Exception {
        Account reporter = newsroom.account(Role.REPORTER);
        Account editor = newsroom.account(Role.EDITOR);
        long id = newsroom.draft(reporter, "Cầu treo bản Mường xuống cấp").id();
        assertThat(newsroom.api("POST", "/api/v1/articles/" + id + "/submit", reporter, null)
                        .statusCode())
                .isEqualTo(200);
        var editorBrowser = NewsroomClient.loggedIn(port, editor.email(), Newsroom.PASSWORD);
        assertThat(editorBrowser
                        .page("/toa-soan/thong-bao")
                        .select("#notifications li")
                        .text())
                .contains(reporter.displayName() + " gửi duyệt bài “Cầu treo bản Mường xuống cấp”.");

        editorBrowser.submit(
                "/toa-soan/bai-viet/" + id + "/chuyen",
                Map.of("transition", "RETURN_TO_DRAFT", "version", version(id)));
        assertThat(editorBrowser
                        .page("/toa-soan/bai-viet/" + id)
                        .select(".nr-flash--error")
                        .text())
                .isEqualTo("Hãy ghi lý do trả về để phóng viên biết cần sửa gì.");
        var apiWithout = newsroom.api("POST", "/api/v1/articles/" + id + "/return-to-draft", editor, null);
        assertThat(apiWithout.statusCode()).isEqualTo(400);
        assertThat(newsroom.status(id)).isEqualTo(ArticleStatus.IN_REVIEW);

        String reason = "Thiếu ý kiến của chính quyền xã; bổ sung số hộ dân đi qua cầu mỗi ngày.";
        editorBrowser.submit(
                "/toa-soan/bai-viet/" + id + "/chuyen",
                Map.of("transition", "RETURN_TO_DRAFT", "version", version(id), "reason", reason));

        assertThat(newsroom.status(id)).isEqualTo(ArticleStatus.DRAFT);
        var reporterBrowser = NewsroomClient.loggedIn(port, reporter.email(), Newsroom.PASSWORD);
        Document notifications = reporterBrowser.page("/toa-soan/thong-bao");
        assertThat(notifications.select("#notifications li.is-unread").text())
                .contains(editor.displayName() + " trả bài “Cầu treo bản Mường xuống cấp” về nháp.")
                .contains("Lý do: " + reason);
        assertThat(notifications.select(".nr-nav a[href=/toa-soan/thong-bao]").text())
                .isEqualTo("Thông báo 1");
        MimeMessage letter = await().atMost(Duration.ofSeconds(20))
                .until(() -> TestSmtp.to(reporter.email()), letters -> !letters.isEmpty())
                .get(0);
        assertThat(letter.getSubject()).contains("trả bài “Cầu treo bản Mường xuống cấp” về nháp");
        String text = (String) letter.getContent();
        assertThat(text)
                .contains("Lý do: " + reason)
                .contains("http://localhost:" + port + "/toa-soan/bai-viet/" + id)
                .contains("/toa-soan/thong-bao");

        Document editorPage = reporterBrowser.page("/toa-soan/bai-viet/" + id);
        assertThat(editorPage.select("#ghi-chu .nr-note--return").text())
                .contains(editor.displayName())
                .contains(reason);
        var opened = reporterBrowser.get(
                notifications.select("#notifications li.is-unread a").attr("href"));
        assertThat(NewsroomClient.location(opened)).endsWith("/toa-soan/bai-viet/" + id);
        assertThat(reporterBrowser.page("/toa-soan/thong-bao").select("#notifications li.is-unread"))
                .isEmpty();
    }

    @Test
    void notesGoBackAndForthAndAnAccountThatTurnedEmailOffIsToldOnlyInTheNewsroom() {
        Account reporter = newsroom.account(Role.REPORTER);
        Account editor = newsroom.account(Role.EDITOR);
        long id = newsroom.draft(reporter, "Mùa nước nổi ở đầu nguồn").id();
        var reporterBrowser = NewsroomClient.loggedIn(port, reporter.email(), Newsroom.PASSWORD);
        var editorBrowser = NewsroomClient.loggedIn(port, editor.email(), Newsroom.PASSWORD);

        editorBrowser.submit(
                "/toa-soan/bai-viet/" + id + "/ghi-chu",
                Map.of("note", "Ảnh đầu bài cần người trong ảnh, không chỉ cảnh sông."));
        reporterBrowser.submit("/toa-soan/thong-bao/email", Map.of("on", "false"));
        reporterBrowser.submit(
                "/toa-soan/bai-viet/" + id + "/ghi-chu", Map.of("note", "Đã có ảnh ngư dân kéo lưới, em gửi lại."));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> !TestSmtp.to(editor.email()).isEmpty());
        editorBrowser.submit("/toa-soan/bai-viet/" + id + "/ghi-chu", Map.of("note", "Được rồi, cảm ơn em."));
        // letters go out one after another: the next one to the editor comes after any to the reporter
        reporterBrowser.submit("/toa-soan/bai-viet/" + id + "/ghi-chu", Map.of("note", "Dạ."));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> TestSmtp.to(editor.email()).size() == 2);

        assertThat(TestSmtp.to(reporter.email())).hasSize(1);
        assertThat(kinds(reporter.id(), id)).containsExactly("NOTE", "NOTE");
        assertThat(kinds(editor.id(), id)).containsExactly("NOTE", "NOTE");
        assertThat(editorBrowser.page("/toa-soan/bai-viet/" + id + "/lich-su").select("#ghi-chu .nr-note"))
                .extracting(e -> e.select(".nr-note__body").text())
                .containsExactly(
                        "Ảnh đầu bài cần người trong ảnh, không chỉ cảnh sông.",
                        "Đã có ảnh ngư dân kéo lưới, em gửi lại.",
                        "Được rồi, cảm ơn em.",
                        "Dạ.");
        assertThat(new NewsroomClient(port).get("/toa-soan/bai-viet/" + id).statusCode())
                .as("notes are for the newsroom only")
                .isEqualTo(302);
    }

    @Test
    void aReadersCommentWaitingUnderAnArticleTellsItsAuthorOnceUntilRead() throws Exception {
        Account reporter = newsroom.account(Role.REPORTER);
        long id = newsroom.draft(reporter, "Hội thi bánh dân gian đầu xuân").id();
        newsroom.force(id, ArticleStatus.PUBLISHED);
        String url = jdbc.sql("SELECT '/' || slug || '-' || id || '.html' FROM articles WHERE id = ?")
                .param(id)
                .query(String.class)
                .single();

        for (String who : List.of("Trần Văn Bảy", "Lê Thị Tám")) {
            var reader = ReaderClient.behindProxy(port, "203.0.113." + (10 + who.length()));
            String token = CommentPages.token(reader.get(url).body());
            commentPages.fillIn();
            var sent = reader.post(
                    "/binh-luan/" + id,
                    CommentBuilder.comment("Năm nào tôi cũng về xem đua ghe, không khí rất vui.")
                            .by(who, "bandoc" + who.length() + "@example.vn")
                            .fields(token),
                    null,
                    "text/html");
            assertThat(sent.status()).isLessThan(400);
        }

        assertThat(kinds(reporter.id(), id)).containsExactly("COMMENT_WAITING");
    }

    private List<String> kinds(long accountId, long articleId) {
        return jdbc.sql("SELECT kind FROM notifications WHERE account_id = ? AND article_id = ? ORDER BY id")
                .params(accountId, articleId)
                .query(String.class)
                .list();
    }

    private int version(long id) {
        return jdbc.sql("SELECT version FROM articles WHERE id = ?")
                .param(id)
                .query(Integer.class)
                .single();
    }
}
