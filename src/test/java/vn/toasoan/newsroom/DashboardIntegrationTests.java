package vn.toasoan.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
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
import vn.toasoan.platform.VietnamTime;
import vn.toasoan.support.ToaSoanIntegrationTest;

/** The dashboard, the article list's filters, the audit log and the English interface, as the newsroom sees them. */
@ToaSoanIntegrationTest
class DashboardIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Newsroom newsroom;

    /** The application's clock, which other tests of the same context move forward: "today" is its day. */
    @Autowired
    java.time.Clock clock;

    @Test
    void theCountOfArticlesInReviewFollowsArticlesGoingIntoAndOutOfReview() {
        Account reporter = newsroom.account(Role.REPORTER);
        var editor = NewsroomClient.loggedIn(port, newsroom.account(Role.EDITOR).email(), Newsroom.PASSWORD);
        var writer = NewsroomClient.loggedIn(port, reporter.email(), Newsroom.PASSWORD);
        long before = count(editor.page("/toa-soan"), "Chờ duyệt");
        assertThat(count(writer.page("/toa-soan"), "Chờ duyệt")).isZero();

        List<Long> waiting = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            long id = newsroom.draft(reporter, "Bài chờ duyệt số " + i).id();
            newsroom.force(id, ArticleStatus.IN_REVIEW);
            waiting.add(id);
        }
        Document three = editor.page("/toa-soan");

        assertThat(count(three, "Chờ duyệt")).isEqualTo(before + 3);
        assertThat(count(writer.page("/toa-soan"), "Chờ duyệt")).isEqualTo(3);
        assertThat(three.select("#in-review a").eachText())
                .contains("Bài chờ duyệt số 1", "Bài chờ duyệt số 2", "Bài chờ duyệt số 3");

        newsroom.force(waiting.get(0), ArticleStatus.DRAFT);
        Document two = editor.page("/toa-soan");

        assertThat(count(two, "Chờ duyệt")).isEqualTo(before + 2);
        assertThat(count(writer.page("/toa-soan"), "Chờ duyệt")).isEqualTo(2);
        assertThat(count(writer.page("/toa-soan"), "Bản nháp")).isEqualTo(1);
        assertThat(two.select("#in-review a").eachText()).doesNotContain("Bài chờ duyệt số 1");
    }

    @Test
    void mostReadRanksTodaysViewsAndTheLastSevenDaysSeparately() {
        Account reporter = newsroom.account(Role.REPORTER);
        long hot = newsroom.draft(reporter, "Bài nóng trong ngày").id();
        long steady = newsroom.draft(reporter, "Bài được đọc đều cả tuần").id();
        newsroom.force(hot, ArticleStatus.PUBLISHED);
        newsroom.force(steady, ArticleStatus.PUBLISHED);
        LocalDate today = LocalDate.ofInstant(clock.instant(), VietnamTime.ZONE);
        views(hot, today, 9_000_000);
        views(hot, today.minusDays(9), 50_000_000); // before the last seven days: counts in neither list
        views(steady, today, 5_000_000);
        views(steady, today.minusDays(3), 10_000_000);
        var editor = NewsroomClient.loggedIn(port, newsroom.account(Role.EDITOR).email(), Newsroom.PASSWORD);

        Document first = editor.page("/toa-soan");

        assertThat(mostRead(first, 0))
                .containsExactly(
                        "Bài nóng trong ngày 9.000.000 lượt xem", "Bài được đọc đều cả tuần 5.000.000 lượt xem");
        assertThat(mostRead(first, 1))
                .containsExactly(
                        "Bài được đọc đều cả tuần 15.000.000 lượt xem", "Bài nóng trong ngày 9.000.000 lượt xem");

        views(steady, today, 6_000_000);
        Document later = editor.page("/toa-soan");

        assertThat(mostRead(later, 0))
                .containsExactly(
                        "Bài được đọc đều cả tuần 11.000.000 lượt xem", "Bài nóng trong ngày 9.000.000 lượt xem");
        assertThat(mostRead(later, 1))
                .containsExactly(
                        "Bài được đọc đều cả tuần 21.000.000 lượt xem", "Bài nóng trong ngày 9.000.000 lượt xem");
    }

    @Test
    void theListFiltersByStatusSectionAuthorAndText() {
        Account reporter = newsroom.account(Role.REPORTER);
        long id = newsroom.draft(reporter, "Lễ hội đua ghe ngo năm nay").id();
        var editor = NewsroomClient.loggedIn(port, newsroom.account(Role.EDITOR).email(), Newsroom.PASSWORD);

        Document byText = editor.page("/toa-soan/bai-viet?q=ghe+ngo");
        Document byAuthorAndStatus = editor.page(
                "/toa-soan/bai-viet?trang-thai=DRAFT&tac-gia=" + reporter.id() + "&chuyen-muc=" + newsroom.sectionId());
        Document wrongStatus = editor.page("/toa-soan/bai-viet?trang-thai=PUBLISHED&q=ghe+ngo");

        assertThat(byText.select("tr[data-article-id]").eachAttr("data-article-id"))
                .containsExactly(String.valueOf(id));
        assertThat(byAuthorAndStatus.select("tr[data-article-id]").eachAttr("data-article-id"))
                .containsExactly(String.valueOf(id));
        assertThat(wrongStatus.select("tr[data-article-id]")).isEmpty();

        long bySapo = newsroom.draft(newsroom.account(Role.REPORTER), "Phỏng vấn người thợ cả")
                .id();
        jdbc.sql("UPDATE articles SET sapo = 'Ông PHẠM VĂN CÀNH kể chuyện nghề đóng ghe' WHERE id = ?")
                .param(bySapo)
                .update();
        assertThat(editor.page("/toa-soan/bai-viet?q=pham+van+canh")
                        .select("tr[data-article-id]")
                        .eachAttr("data-article-id"))
                .as("typed without diacritics, found in the sapo")
                .containsExactly(String.valueOf(bySapo));

        var reporterBrowser = NewsroomClient.loggedIn(port, reporter.email(), Newsroom.PASSWORD);
        assertThat(reporterBrowser
                        .page("/toa-soan/bai-viet")
                        .select("tr[data-article-id]")
                        .eachAttr("data-article-id"))
                .containsExactly(String.valueOf(id));
    }

    @Test
    void administratorsReadAndFilterTheAuditLog() {
        Account admin = newsroom.account(Role.ADMIN);
        long id = newsroom.draft(admin, "Bài để xem nhật ký").id();
        var browser = NewsroomClient.loggedIn(port, admin.email(), Newsroom.PASSWORD);
        browser.submit("/toa-soan/bai-viet/" + id + "/chuyen", Map.of("transition", "SUBMIT", "version", 0));

        Document log = browser.page("/toa-soan/nhat-ky?targetType=article&targetId=" + id);
        Document onlySubmits = browser.page(
                "/toa-soan/nhat-ky?action=article.submit&actor=" + admin.email().replace("@", "%40"));

        assertThat(log.select("#audit tbody tr").eachText())
                .anyMatch(row -> row.contains(admin.email()) && row.contains("Tạo bài Bài viết #" + id))
                .anyMatch(row -> row.contains("Gửi duyệt") && row.contains("Bản nháp → Chờ duyệt"));
        assertThat(log.select("#audit td[data-action]").eachAttr("data-action"))
                .contains("article.create", "article.submit");
        assertThat(log.select("select[name=action] option[value=article.submit]")
                        .text())
                .isEqualTo("Gửi duyệt");
        assertThat(log.select("select[name=targetType] option[selected]").text())
                .isEqualTo("Bài viết");
        assertThat(onlySubmits.select("#audit tbody tr")).hasSize(1);
        assertThat(onlySubmits.select("select[name=action] option[selected]").val())
                .isEqualTo("article.submit");
    }

    @Test
    void editorsFindCommentModerationInTheMenuWithWhatWaitsAndReportersDoNot() {
        var editor = NewsroomClient.loggedIn(port, newsroom.account(Role.EDITOR).email(), Newsroom.PASSWORD);
        var admin = NewsroomClient.loggedIn(port, newsroom.account(Role.ADMIN).email(), Newsroom.PASSWORD);
        var reporter =
                NewsroomClient.loggedIn(port, newsroom.account(Role.REPORTER).email(), Newsroom.PASSWORD);

        Document dashboard = editor.page("/toa-soan");
        var link = dashboard.select(".nr-nav a[href=/toa-soan/binh-luan]");
        assertThat(link.eachText()).singleElement().asString().startsWith("Bình luận");
        long waiting = count(dashboard, "Bình luận chờ duyệt");
        assertThat(link.select(".nr-nav__count").text()).isEqualTo(waiting > 0 ? String.valueOf(waiting) : "");
        assertThat(admin.page("/toa-soan/bai-viet").select(".nr-nav a[href=/toa-soan/binh-luan]"))
                .hasSize(1);
        assertThat(editor.page("/toa-soan/binh-luan")
                        .select(".nr-nav a.is-active")
                        .attr("href"))
                .isEqualTo("/toa-soan/binh-luan");
        assertThat(reporter.page("/toa-soan").select(".nr-nav a[href=/toa-soan/binh-luan]"))
                .isEmpty();
    }

    @Test
    void anAdministratorResetsAForgottenPassword() {
        Account admin = newsroom.account(Role.ADMIN);
        Account reporter = newsroom.account(Role.REPORTER);
        var browser = NewsroomClient.loggedIn(port, admin.email(), Newsroom.PASSWORD);

        browser.submit("/toa-soan/tai-khoan/" + reporter.id() + "/dat-lai-mat-khau", Map.of());
        String notice =
                browser.page("/toa-soan/tai-khoan").select(".nr-flash--ok").text();
        String temporary = notice.substring(notice.lastIndexOf(' ') + 1);

        assertThat(notice).contains("Mật khẩu tạm mới của " + reporter.email());
        var old = new NewsroomClient(port).from("198.51.100.31").login(reporter.email(), Newsroom.PASSWORD);
        assertThat(NewsroomClient.location(old)).endsWith("loi=sai");
        var fresh = NewsroomClient.loggedIn(port, reporter.email(), temporary);
        assertThat(NewsroomClient.location(fresh.get("/toa-soan"))).endsWith("/toa-soan/mat-khau");
        jdbc.sql("DELETE FROM login_failures").update();
    }

    @Test
    void theNewsroomSpeaksEnglishOnRequest() {
        var browser =
                NewsroomClient.loggedIn(port, newsroom.account(Role.EDITOR).email(), Newsroom.PASSWORD);

        Document english = browser.page("/toa-soan?lang=en");
        Document vietnamese = browser.page("/toa-soan?lang=vi");

        assertThat(english.select("h1").text()).isEqualTo("Dashboard");
        assertThat(english.select("html").attr("lang")).isEqualTo("en");
        assertThat(vietnamese.select("h1").text()).isEqualTo("Tổng quan");
    }

    /** The number on the dashboard's panel with this title. */
    private static long count(Document dashboard, String title) {
        var panel = dashboard.select(".nr-panels li").stream()
                .filter(li -> li.select("span").text().equals(title))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No panel " + title));
        return Long.parseLong(panel.select("strong").text());
    }

    /** The two first lines of the dashboard's most-read list: 0 for today, 1 for the last seven days. */
    private static List<String> mostRead(Document dashboard, int list) {
        return dashboard
                .select("#most-read ol")
                .get(list)
                .select("li")
                .eachText()
                .subList(0, 2);
    }

    private void views(long articleId, LocalDate day, long views) {
        jdbc.sql("""
                        INSERT INTO article_daily_views (article_id, day, views) VALUES (?, ?, ?)
                        ON CONFLICT (article_id, day) DO UPDATE SET views = article_daily_views.views + EXCLUDED.views""").params(articleId, day, views).update();
    }
}
