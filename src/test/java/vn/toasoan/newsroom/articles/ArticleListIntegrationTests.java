package vn.toasoan.newsroom.articles;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.toasoan.accounts.Account;
import vn.toasoan.accounts.Role;
import vn.toasoan.articles.Article;
import vn.toasoan.articles.ArticleStatus;
import vn.toasoan.newsroom.Newsroom;
import vn.toasoan.newsroom.NewsroomClient;
import vn.toasoan.platform.VietnamTime;
import vn.toasoan.support.ArticleBuilder;
import vn.toasoan.support.MutableClock;
import vn.toasoan.support.ToaSoanIntegrationTest;

/**
 * The newsroom's article list (publish time, views, comments, sorting, a range of days) and the times and slugs the
 * editor takes: always {@code dd-MM-yyyy HH:mm}, and a wrong slug is explained, never rewritten.
 */
@ToaSoanIntegrationTest
class ArticleListIntegrationTests {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    @LocalServerPort
    int port;

    @Autowired
    Newsroom newsroom;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    @Test
    void theListShowsWhenEachArticleWentOutHowManyReadItAndCommentedAndSortsByViews() {
        Account editor = newsroom.account(Role.EDITOR);
        String tag = "Hội chợ cam Vĩnh Lam " + System.nanoTime();
        Instant published = Instant.parse("2025-03-14T02:05:00Z");
        Article quiet =
                newsroom.published(ArticleBuilder.article(tag + " ngày đầu").publishedAt(published));
        Article read = newsroom.published(
                ArticleBuilder.article(tag + " ngày thứ hai").publishedAt(published.plus(Duration.ofDays(1))));
        jdbc.sql("INSERT INTO article_views (article_id, views) VALUES (?, 250), (?, 3)")
                .params(read.id(), quiet.id())
                .update();
        jdbc.sql("""
                        INSERT INTO comments (article_id, name, email, content, original_content, status, ip, ip_key,
                                              fingerprint, created_at)
                        SELECT ?, 'Bạn đọc', 'ban.doc@example.com', 'Ý kiến', 'Ý kiến', s, '192.0.2.1', '192.0.2.1', 'x' || s, now()
                        FROM unnest(ARRAY['APPROVED', 'APPROVED', 'PENDING']) AS s""").param(read.id()).update();
        var browser = NewsroomClient.loggedIn(port, editor.email(), Newsroom.PASSWORD);

        Document byViews = browser.page("/toa-soan/bai-viet?q=" + enc(tag) + "&sap-xep=xem&chieu=giam");
        Document byViewsUp = browser.page("/toa-soan/bai-viet?q=" + enc(tag) + "&sap-xep=xem&chieu=tang");

        assertThat(ids(byViews)).containsExactly(read.id(), quiet.id());
        assertThat(ids(byViewsUp)).containsExactly(quiet.id(), read.id());
        Element row = byViews.selectFirst("tr[data-article-id=" + read.id() + "]");
        assertThat(row.selectFirst("[data-col=published]").text()).isEqualTo("15-03-2025 09:05");
        assertThat(row.selectFirst("[data-col=views]").text()).isEqualTo("250");
        assertThat(row.selectFirst("[data-col=comments]").text()).isEqualTo("2 +1");
        assertThat(byViews.select("th[aria-sort]").eachText()).containsExactly("Lượt xem");
        assertThat(byViews.select("th a[data-sort=xem]").attr("href")).contains("chieu=tang");
        assertThat(byViews.select("thead th").eachText()).contains("Đăng lúc", "Lượt xem", "Bình luận", "Sửa lần cuối");
    }

    @Test
    void aRangeOfDaysIsTypedAsDdMmYyyyAndAnUnreadableDayIsSaid() {
        Account editor = newsroom.account(Role.EDITOR);
        String tag = "Lễ hội hoa Đông Xuyên " + System.nanoTime();
        Article early = newsroom.published(
                ArticleBuilder.article(tag + " khai mạc").publishedAt(Instant.parse("2024-01-10T01:00:00Z")));
        Article late = newsroom.published(
                ArticleBuilder.article(tag + " bế mạc").publishedAt(Instant.parse("2024-01-20T01:00:00Z")));
        var browser = NewsroomClient.loggedIn(port, editor.email(), Newsroom.PASSWORD);

        Document range = browser.page("/toa-soan/bai-viet?q=" + enc(tag) + "&theo=dang&tu=15-01-2024&den=20-01-2024");
        Document wrong = browser.page("/toa-soan/bai-viet?q=" + enc(tag) + "&theo=dang&tu=2024/31/01");

        assertThat(ids(range)).containsExactly(late.id());
        assertThat(range.select("input[name=tu]").val()).isEqualTo("15-01-2024");
        assertThat(range.select("input[name=tu]").attr("placeholder")).isEqualTo("dd-mm-yyyy");
        assertThat(wrong.select(".nr-flash--error").text()).contains("2024/31/01", "dd-mm-yyyy");
        assertThat(ids(wrong)).containsExactlyInAnyOrder(early.id(), late.id());
    }

    @Test
    void theScheduleIsWrittenAndReadAsDdMmYyyyHhMmWhateverTheBrowsersLanguage() {
        Account editor = newsroom.account(Role.EDITOR);
        long id = newsroom.draft(editor, "Bài hẹn giờ đăng sáng mai").id();
        var browser = NewsroomClient.loggedIn(port, editor.email(), Newsroom.PASSWORD);
        Document page = browser.page("/toa-soan/bai-viet/" + id);
        Element field = page.selectFirst("input[name=scheduleAt]");
        Instant at = clock.instant().plus(Duration.ofDays(1)).truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
        String typed = DATE_TIME.format(at.atZone(VietnamTime.ZONE));

        var unreadable = browser.submit(
                "/toa-soan/bai-viet/" + id + "/chuyen",
                Map.of("transition", "SCHEDULE", "version", version(id), "scheduleAt", "12/06/2026, 06:00 PM"));
        String refusal = browser.page("/toa-soan/bai-viet/" + id)
                .select(".nr-flash--error")
                .text();
        browser.submit(
                "/toa-soan/bai-viet/" + id + "/chuyen",
                Map.of("transition", "SCHEDULE", "version", version(id), "scheduleAt", typed));

        assertThat(field.attr("type")).isEqualTo("text");
        assertThat(field.val()).matches("\\d{2}-\\d{2}-\\d{4} \\d{2}:\\d{2}");
        assertThat(field.attr("pattern")).isEqualTo("\\d{1,2}-\\d{1,2}-\\d{4} \\d{1,2}:\\d{2}");
        assertThat(page.select("input[type=datetime-local], input[type=date]")).isEmpty();
        assertThat(unreadable.statusCode()).isEqualTo(302);
        assertThat(refusal).contains("12/06/2026, 06:00 PM", "dd-mm-yyyy hh:mm");
        assertThat(newsroom.status(id)).isEqualTo(ArticleStatus.SCHEDULED);
        assertThat(browser.page("/toa-soan/bai-viet/" + id).text()).contains("Sẽ tự đăng lúc " + typed);
        assertThat(browser.page("/toa-soan/bai-viet?trang-thai=SCHEDULED")
                        .select("tr[data-article-id=" + id + "] small")
                        .text())
                .contains(typed);
    }

    @Test
    void aWrongSlugIsExplainedWithTheOneItCouldBeAndNothingIsRewritten() {
        Account editor = newsroom.account(Role.EDITOR);
        long id = newsroom.draft(editor, "Cầu Bến Mây thông xe").id();
        var browser = NewsroomClient.loggedIn(port, editor.email(), Newsroom.PASSWORD);
        Map<String, Object> form = EditorForm.fields(browser.page("/toa-soan/bai-viet/" + id));
        String before = slug(id);

        form.put("slug", "Cầu Bến Mây");
        var refused = browser.submit("/toa-soan/bai-viet/" + id, form);
        form.put("slug", "cau-ben-may-da-thong-xe");
        var saved = browser.submit("/toa-soan/bai-viet/" + id, form);

        assertThat(refused.statusCode()).isEqualTo(422);
        Document page = Jsoup.parse(refused.body());
        assertThat(page.select(".nr-flash--error").text())
                .contains("chữ thường không dấu")
                .contains("cau-ben-may");
        assertThat(page.select("#slug").val()).isEqualTo("Cầu Bến Mây");
        assertThat(page.select("#slug").attr("pattern")).isEqualTo("[a-z0-9]+(-[a-z0-9]+)*");
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(before).isEqualTo("cau-ben-may-thong-xe");
        assertThat(slug(id)).isEqualTo("cau-ben-may-da-thong-xe");
        var api = newsroom.api("PUT", "/api/v1/articles/" + id, editor, "{\"slug\": \"Sai Đường Dẫn\"}");
        assertThat(api.statusCode()).isEqualTo(400);
        assertThat(slug(id)).isEqualTo("cau-ben-may-da-thong-xe");
    }

    private static List<Long> ids(Document page) {
        return page.select("#articles tbody tr").eachAttr("data-article-id").stream()
                .map(Long::valueOf)
                .toList();
    }

    private String slug(long id) {
        return jdbc.sql("SELECT slug FROM articles WHERE id = ?")
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

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }
}
