package vn.toasoan.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.toasoan.accounts.Account;
import vn.toasoan.accounts.Accounts;
import vn.toasoan.accounts.Role;
import vn.toasoan.articles.ArticleEditing;
import vn.toasoan.articles.ArticleStatus;
import vn.toasoan.platform.VietnamTime;
import vn.toasoan.sections.Sections;
import vn.toasoan.support.ToaSoanIntegrationTest;

/** The dashboard, the article list's filters, the audit log and the English interface, as the newsroom sees them. */
@ToaSoanIntegrationTest
class DashboardIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    ArticleEditing editing;

    @Autowired
    Sections sections;

    @Autowired
    JdbcClient jdbc;

    Newsroom newsroom;

    @BeforeEach
    void setUp() {
        newsroom = new Newsroom(accounts, editing, sections, jdbc, port);
    }

    @Test
    void theDashboardShowsArticlesInReviewAndWhatReadersReadTodayAndThisWeek() {
        Account reporter = newsroom.account(Role.REPORTER);
        long waiting =
                newsroom.draft(reporter, "Bài đang chờ biên tập viên duyệt").id();
        newsroom.force(waiting, ArticleStatus.IN_REVIEW);
        long read = newsroom.draft(reporter, "Bài được đọc nhiều nhất hôm nay").id();
        newsroom.force(read, ArticleStatus.PUBLISHED);
        LocalDate today = LocalDate.now(VietnamTime.ZONE);
        jdbc.sql("INSERT INTO article_daily_views (article_id, day, views) VALUES (?, ?, 90000), (?, ?, 5000)")
                .params(read, today, read, today.minusDays(3))
                .update();

        var editor = NewsroomClient.loggedIn(port, newsroom.account(Role.EDITOR).email(), Newsroom.PASSWORD);
        Document dashboard = editor.page("/toa-soan");

        assertThat(dashboard.select("#in-review a").eachText()).contains("Bài đang chờ biên tập viên duyệt");
        assertThat(dashboard.select("#most-read ol").get(0).select("li").first().text())
                .contains("Bài được đọc nhiều nhất hôm nay")
                .contains("90.000 lượt xem");
        assertThat(dashboard.select("#most-read ol").get(1).select("li").first().text())
                .contains("95.000 lượt xem");
        assertThat(dashboard.select(".nr-panels li").eachText()).anyMatch(t -> t.contains("Chờ duyệt"));
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
                .anyMatch(row -> row.contains(admin.email()) && row.contains("article.create"))
                .anyMatch(row -> row.contains("article.submit") && row.contains("Bản nháp → Chờ duyệt"));
        assertThat(onlySubmits.select("#audit tbody tr")).hasSize(1);
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
}
