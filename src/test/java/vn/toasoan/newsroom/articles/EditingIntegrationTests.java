package vn.toasoan.newsroom.articles;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.toasoan.accounts.Account;
import vn.toasoan.accounts.Role;
import vn.toasoan.articles.ArticleEditing;
import vn.toasoan.articles.ArticleInput;
import vn.toasoan.articles.ArticleStatus;
import vn.toasoan.newsroom.Newsroom;
import vn.toasoan.newsroom.NewsroomClient;
import vn.toasoan.platform.VietnamTime;
import vn.toasoan.support.Http;
import vn.toasoan.support.ToaSoanIntegrationTest;

/** Saving in the newsroom: conflicts, revisions, corrections, slugs, checks, as editors and readers see them. */
@ToaSoanIntegrationTest
class EditingIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Newsroom newsroom;

    @Autowired
    ArticleEditing editing;

    @Test
    void theSecondOfTwoEditorsSavingGetsAClearConflictAndLosesNothing() {
        Account first = newsroom.account(Role.EDITOR);
        Account second = newsroom.account(Role.EDITOR);
        long id = newsroom.draft(first, "Tiêu đề ban đầu").id();
        var browserA = NewsroomClient.loggedIn(port, first.email(), Newsroom.PASSWORD);
        var browserB = NewsroomClient.loggedIn(port, second.email(), Newsroom.PASSWORD);
        Map<String, Object> formA = EditorForm.fields(browserA.page("/toa-soan/bai-viet/" + id));
        Map<String, Object> formB = EditorForm.fields(browserB.page("/toa-soan/bai-viet/" + id));

        formA.put("title", "Tiêu đề của biên tập viên A");
        assertThat(browserA.submit("/toa-soan/bai-viet/" + id, formA).statusCode())
                .isEqualTo(302);
        formB.put("title", "Tiêu đề của biên tập viên B");
        formB.put("sapo", "Sapo B viết lại rất công phu.");
        var conflict = browserB.submit("/toa-soan/bai-viet/" + id, formB);

        assertThat(conflict.statusCode()).isEqualTo(409);
        Document page = Jsoup.parse(conflict.body());
        assertThat(page.select("#conflict").text())
                .contains("Có người vừa lưu bài này")
                .contains(first.email())
                .contains("Nội dung của bạn không mất");
        assertThat(page.select("#title").val()).isEqualTo("Tiêu đề của biên tập viên B");
        assertThat(page.select("#sapo").text()).isEqualTo("Sapo B viết lại rất công phu.");
        assertThat(title(id)).isEqualTo("Tiêu đề của biên tập viên A");
        assertThat(jdbc.sql("SELECT title FROM article_revisions WHERE article_id = ? AND kind = 'CONFLICT'")
                        .param(id)
                        .query(String.class)
                        .list())
                .containsExactly("Tiêu đề của biên tập viên B");

        String compare = page.select("#conflict a").attr("href");
        assertThat(browserB.page(compare).select("#diff").html())
                .contains("<del>A</del>")
                .contains("<ins>B</ins>");

        var resolved = browserB.submit("/toa-soan/bai-viet/" + id, EditorForm.fields(page));
        assertThat(resolved.statusCode()).isEqualTo(302);
        assertThat(title(id)).isEqualTo("Tiêu đề của biên tập viên B");
    }

    @Test
    void theApiAnswersAStaleIfMatchWithAConflictProblem() {
        Account editor = newsroom.account(Role.EDITOR);
        long id = newsroom.draft(editor, "Bài sửa qua API").id();
        String etag = newsroom.api("GET", "/api/v1/articles/" + id, editor, null)
                .headers()
                .firstValue("ETag")
                .orElseThrow();
        newsroom.api("PUT", "/api/v1/articles/" + id, editor, "{\"title\":\"Lần sửa thứ nhất\"}");

        var stale = newsroom.api(
                "PUT",
                "/api/v1/articles/" + id,
                editor.email(),
                Newsroom.PASSWORD,
                "{\"title\":\"Lần sửa dựa trên bản cũ\"}",
                null);
        assertThat(stale.statusCode()).isEqualTo(200); // without If-Match the newest version is the base

        var request = java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://localhost:" + port + "/api/v1/articles/" + id))
                .header("Authorization", basic(editor))
                .header("Content-Type", "application/json")
                .header("If-Match", etag)
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"title\":\"Bản cũ ghi đè\"}"))
                .build();
        var conflict = new Http(port).send(request);

        assertThat(conflict.statusCode()).isEqualTo(409);
        assertThat(conflict.body()).contains("Bài viết đã được " + editor.email() + " sửa lúc");
        assertThat(title(id)).isEqualTo("Lần sửa dựa trên bản cũ");
    }

    @Test
    void historyShowsEachSaveWithAReadableDifferenceAndRestoresAnyOfThem() {
        Account editor = newsroom.account(Role.EDITOR);
        long id = newsroom.draft(editor, "Phiên bản đầu <script>alert(1)</script>")
                .id();
        var browser = NewsroomClient.loggedIn(port, editor.email(), Newsroom.PASSWORD);
        Map<String, Object> form = EditorForm.fields(browser.page("/toa-soan/bai-viet/" + id));
        form.put("title", "Phiên bản thứ hai");
        form.put("body", "<p>Đoạn thứ nhất của bài thử nghiệm, có dấu đầy đủ.</p><p>Đoạn mới thay đoạn cũ.</p>");
        browser.submit("/toa-soan/bai-viet/" + id, form);

        Document history = browser.page("/toa-soan/bai-viet/" + id + "/lich-su");
        assertThat(history.select("#revisions tbody tr")).hasSize(2);
        assertThat(history.select("tr[data-revision=2] form")).isEmpty();
        assertThat(history.select("tr[data-revision=2]").text()).contains("Phiên bản hiện tại");
        assertThat(history.select("tr[data-revision=1] a[href$=/1/khoi-phuc]").text())
                .isEqualTo("Khôi phục phiên bản này");
        Document diff = browser.page("/toa-soan/bai-viet/" + id + "/lich-su/so-sanh?tu=1&den=2");
        assertThat(diff.select("#diff").html()).contains("&lt;script&gt;").doesNotContain("<script>");
        assertThat(String.join(" ", diff.select("#diff ins").eachText())).contains("mới thay đoạn cũ");
        assertThat(String.join(" ", diff.select("#diff del").eachText())).contains("kể thêm chi tiết");
        assertThat(diff.select("a[href*=khoi-phuc]")).isEmpty();
        assertThat(browser.page("/toa-soan/bai-viet/" + id + "/lich-su/so-sanh?tu=2&den=1")
                        .select("a[href$=/1/khoi-phuc]")
                        .text())
                .isEqualTo("Khôi phục phiên bản 1");

        // restoring shows first what would change from the current revision, and restores only when confirmed
        Document confirm = browser.page("/toa-soan/bai-viet/" + id + "/lich-su/1/khoi-phuc");
        assertThat(confirm.select("h1").text()).isEqualTo("Khôi phục phiên bản 1?");
        assertThat(String.join(" ", confirm.select("#diff ins").eachText())).contains("kể thêm chi tiết");
        assertThat(String.join(" ", confirm.select("#diff del").eachText())).contains("mới thay đoạn cũ");
        assertThat(title(id)).isEqualTo("Phiên bản thứ hai");
        assertThat(NewsroomClient.location(browser.get("/toa-soan/bai-viet/" + id + "/lich-su/2/khoi-phuc")))
                .endsWith("/lich-su");

        var restored = browser.submit(
                confirm.select("#confirm-restore").attr("action"),
                Map.of(
                        "version",
                        confirm.select("#confirm-restore input[name=version]").val()));
        assertThat(restored.statusCode()).isEqualTo(302);
        assertThat(title(id)).isEqualTo("Phiên bản đầu <script>alert(1)</script>");
        assertThat(browser.page("/toa-soan/bai-viet/" + id + "/lich-su").select("#revisions tbody tr"))
                .hasSize(3);
    }

    @Test
    void aCorrectionAppearsUnderThePublishedArticleAndMovesItsUpdateTime() {
        Account editor = newsroom.account(Role.EDITOR);
        long id = newsroom.draft(editor, "Bài sẽ được đính chính").id();
        var browser = NewsroomClient.loggedIn(port, editor.email(), Newsroom.PASSWORD);
        browser.submit("/toa-soan/bai-viet/" + id + "/chuyen", Map.of("transition", "PUBLISH", "version", version(id)));
        jdbc.sql("UPDATE articles SET updated_at = now() - interval '2 days' WHERE id = ?")
                .param(id)
                .update();
        String path = jdbc.sql("SELECT '/' || slug || '-' || id || '.html' FROM articles WHERE id = ?")
                .param(id)
                .query(String.class)
                .single();
        var reader = new Http(port);
        String before = Jsoup.parse(reader.get(path).body())
                .select("time.article__updated")
                .text();

        var added = browser.submit(
                "/toa-soan/bai-viet/" + id + "/dinh-chinh",
                Map.of("note", "Bài viết trước đây ghi nhầm số liệu 64%; đúng là 46%."));

        assertThat(added.statusCode()).isEqualTo(302);
        Document page = Jsoup.parse(reader.get(path).body());
        assertThat(page.select("#dinh-chinh").text())
                .contains("Đính chính")
                .contains("Bài viết trước đây ghi nhầm số liệu 64%; đúng là 46%.");
        var noted = jdbc.sql("SELECT created_at FROM article_corrections WHERE article_id = ?")
                .param(id)
                .query(OffsetDateTime.class)
                .single();
        assertThat(page.select("#dinh-chinh time").attr("datetime")).isEqualTo(VietnamTime.iso(noted.toInstant()));
        assertThat(page.select("time.article__updated").text()).isNotEqualTo(before);

        Account reporter = newsroom.account(Role.REPORTER);
        var reporterBrowser = NewsroomClient.loggedIn(port, reporter.email(), Newsroom.PASSWORD);
        assertThat(reporterBrowser
                        .submit("/toa-soan/bai-viet/" + id + "/dinh-chinh", Map.of("note", "x"))
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void aChangedSlugAnswers301FromTheOldAddress() {
        Account editor = newsroom.account(Role.EDITOR);
        long id = newsroom.draft(editor, "Tiêu đề cũ của bài").id();
        var browser = NewsroomClient.loggedIn(port, editor.email(), Newsroom.PASSWORD);
        browser.submit("/toa-soan/bai-viet/" + id + "/chuyen", Map.of("transition", "PUBLISH", "version", version(id)));
        Map<String, Object> form = EditorForm.fields(browser.page("/toa-soan/bai-viet/" + id));
        form.put("title", "Tiêu đề mới của bài");
        form.put("slug", "");
        browser.submit("/toa-soan/bai-viet/" + id, form);

        var old = new Http(port).get("/tieu-de-cu-cua-bai-" + id + ".html");

        assertThat(old.statusCode()).isEqualTo(301);
        assertThat(old.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/tieu-de-moi-cua-bai-" + id + ".html"));
        assertThat(new Http(port).get("/tieu-de-moi-cua-bai-" + id + ".html").statusCode())
                .isEqualTo(200);
    }

    @Test
    void checksWarnInTheEditorAndBlockOnlyWhenTheAdministratorSaysSo() {
        Account admin = newsroom.account(Role.ADMIN);
        long id = newsroom.draft(admin, "Bai viet go khong dau ve hoi nghi cua tinh")
                .id();
        var browser = NewsroomClient.loggedIn(port, admin.email(), Newsroom.PASSWORD);
        Map<String, Object> form = EditorForm.fields(browser.page("/toa-soan/bai-viet/" + id));
        form.put("sapo", "");
        form.put(
                "body",
                "<p>Hom qua, cac dai bieu da tham du hoi nghi cua tinh ve phat trien kinh te xa hoi trong nam nay.</p>"
                        + "<p>Xem them <a href=\"http://example.vn/bai\">tai day</a>.</p>");
        browser.submit("/toa-soan/bai-viet/" + id, form);

        Document editor = browser.page("/toa-soan/bai-viet/" + id);
        assertThat(editor.select("#checks li").eachAttr("data-code"))
                .contains("MISSING_SAPO", "MISSING_DIACRITICS", "INSECURE_LINK");
        var api = newsroom.api("GET", "/api/v1/articles/" + id, admin, null);
        assertThat(api.body()).contains("\"code\":\"MISSING_SAPO\"");

        browser.submit("/toa-soan/cai-dat", Map.of("blocking", java.util.List.of("MISSING_SAPO")));
        try {
            var refused = newsroom.api("POST", "/api/v1/articles/" + id + "/publish", admin, null);
            assertThat(refused.statusCode()).isEqualTo(409);
            assertThat(refused.body()).contains("Chưa thể đăng").contains("MISSING_SAPO");
            browser.submit(
                    "/toa-soan/bai-viet/" + id + "/chuyen", Map.of("transition", "PUBLISH", "version", version(id)));
            assertThat(browser.page("/toa-soan/bai-viet/" + id)
                            .select(".nr-flash--error")
                            .text())
                    .contains("Chưa thể đăng");
            assertThat(newsroom.status(id)).isEqualTo(ArticleStatus.DRAFT);
        } finally {
            browser.submit("/toa-soan/cai-dat", Map.of());
        }
        // no longer blocking, the same warnings are published past once named
        assertThat(newsroom.api("POST", "/api/v1/articles/" + id + "/publish", admin, null)
                        .statusCode())
                .isEqualTo(409);
        assertThat(newsroom.api(
                                "POST",
                                "/api/v1/articles/" + id + "/publish",
                                admin,
                                "{\"acknowledge\": [\"MISSING_SAPO\", \"MISSING_DIACRITICS\", \"INSECURE_LINK\"]}")
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void blockingChecksStopAChangeToAPublishedArticleInTheEditorAndTheApiAlike() {
        Account admin = newsroom.account(Role.ADMIN);
        long id = newsroom.draft(admin, "Bài đã đăng rồi mới bị sửa").id();
        assertThat(newsroom.api("POST", "/api/v1/articles/" + id + "/publish", admin, null)
                        .statusCode())
                .isEqualTo(200);
        String sapo = jdbc.sql("SELECT sapo FROM articles WHERE id = ?")
                .param(id)
                .query(String.class)
                .single();
        String publicPath = "/bai-da-dang-roi-moi-bi-sua-" + id + ".html";
        var browser = NewsroomClient.loggedIn(port, admin.email(), Newsroom.PASSWORD);
        browser.submit("/toa-soan/cai-dat", Map.of("blocking", java.util.List.of("MISSING_SAPO")));
        try {
            Map<String, Object> form = EditorForm.fields(browser.page("/toa-soan/bai-viet/" + id));
            form.put("title", "Tiêu đề sửa cùng lúc với xóa sapo");
            form.put("sapo", "");

            var refused = browser.submit("/toa-soan/bai-viet/" + id, form);

            assertThat(refused.statusCode()).isEqualTo(422);
            Document page = Jsoup.parse(refused.body());
            assertThat(page.select(".nr-flash--error").text())
                    .startsWith("Chưa thể đăng: cần sửa 1 lỗi bắt buộc trước khi đăng")
                    .contains("Bài viết chưa có sapo");
            assertThat(page.select("#title").val()).isEqualTo("Tiêu đề sửa cùng lúc với xóa sapo");

            var api = newsroom.api("PUT", "/api/v1/articles/" + id, admin, "{\"sapo\": \"  \"}");

            assertThat(api.statusCode()).isEqualTo(422);
            assertThat(api.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(api.body())
                    .contains("Chưa thể đăng: cần sửa 1 lỗi bắt buộc trước khi đăng")
                    .contains("\"code\":\"MISSING_SAPO\"");

            assertThat(title(id)).isEqualTo("Bài đã đăng rồi mới bị sửa");
            var reader = Jsoup.parse(new Http(port).get(publicPath).body());
            assertThat(reader.select("h1").text()).isEqualTo("Bài đã đăng rồi mới bị sửa");
            assertThat(reader.text()).contains(sapo);

            var fine = newsroom.api("PUT", "/api/v1/articles/" + id, admin, "{\"title\": \"Bài đã đăng, sửa đúng\"}");
            assertThat(fine.statusCode()).isEqualTo(200);
            assertThat(title(id)).isEqualTo("Bài đã đăng, sửa đúng");

            long draft = newsroom.draft(admin, "Bản nháp còn thiếu sapo").id();
            Map<String, Object> draftForm = EditorForm.fields(browser.page("/toa-soan/bai-viet/" + draft));
            draftForm.put("sapo", "");
            assertThat(browser.submit("/toa-soan/bai-viet/" + draft, draftForm).statusCode())
                    .isEqualTo(302);
        } finally {
            browser.submit("/toa-soan/cai-dat", Map.of());
        }
    }

    @Test
    void eachFigureKeepsItsOwnCaptionWithCommasAndOnlyTheTickedOneGoes() {
        Account editor = newsroom.account(Role.EDITOR);
        long id = editing.create(
                        editor,
                        new ArticleInput(
                                "Bài có hai ảnh",
                                "",
                                "Sapo của bài có hai ảnh.",
                                "<p>Đoạn một của bài.</p><p>Đoạn hai của bài.</p>",
                                newsroom.sectionId(),
                                List.of(),
                                "PHÓNG VIÊN THỬ",
                                "",
                                List.of(
                                        new ArticleInput.FigureInput(null, "Chợ nổi, sáng sớm", "H.VĂN", "", 1),
                                        new ArticleInput.FigureInput(null, "Ghe xuồng, trái cây", "H.VĂN", "", 2))))
                .id();
        var browser = NewsroomClient.loggedIn(port, editor.email(), Newsroom.PASSWORD);
        Map<String, Object> form = EditorForm.fields(browser.page("/toa-soan/bai-viet/" + id));
        assertThat(form).containsEntry("figures[0].caption", "Chợ nổi, sáng sớm");
        assertThat(form).containsEntry("figures[1].caption", "Ghe xuồng, trái cây");

        form.put("figures[0].remove", "true");
        form.put("figures[1].caption", "Ghe xuồng chở trái cây, chiều muộn");
        assertThat(browser.submit("/toa-soan/bai-viet/" + id, form).statusCode())
                .isEqualTo(302);

        assertThat(jdbc.sql("SELECT caption FROM figures WHERE article_id = ?")
                        .param(id)
                        .query(String.class)
                        .list())
                .containsExactly("Ghe xuồng chở trái cây, chiều muộn");
    }

    @Test
    void checksSpeakVietnameseOnlyInTheVietnameseNewsroomAndEnglishInTheEnglishOne() {
        Account editor = newsroom.account(Role.EDITOR);
        long id = newsroom.draft(editor, "Bài để xem lời kiểm tra").id();
        var browser = NewsroomClient.loggedIn(port, editor.email(), Newsroom.PASSWORD);
        Map<String, Object> form = EditorForm.fields(browser.page("/toa-soan/bai-viet/" + id));
        form.put("sapo", "");
        browser.submit("/toa-soan/bai-viet/" + id, form);

        String vietnamese =
                browser.page("/toa-soan/bai-viet/" + id).select("#checks li").text();
        String english = browser.page("/toa-soan/bai-viet/" + id + "?lang=en")
                .select("#checks li")
                .text();

        assertThat(vietnamese).isEqualTo("Bài viết chưa có sapo (đoạn mở đầu)");
        assertThat(english).isEqualTo("The article has no lead (sapo)");
        assertThat(newsroom.api("GET", "/api/v1/articles/" + id, editor, null).body())
                .contains("\"message\":\"Bài viết chưa có sapo (đoạn mở đầu)\"");
    }

    private String title(long id) {
        return jdbc.sql("SELECT title FROM articles WHERE id = ?")
                .param(id)
                .query(String.class)
                .single();
    }

    private int version(long id) {
        return jdbc.sql("SELECT version FROM articles WHERE id = ?")
                .param(id)
                .query(Integer.class)
                .single();
    }

    private static String basic(Account account) {
        return "Basic "
                + java.util.Base64.getEncoder()
                        .encodeToString((account.email() + ":" + Newsroom.PASSWORD)
                                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
