package vn.toasoan.newsroom.sections;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.toasoan.accounts.Account;
import vn.toasoan.accounts.Role;
import vn.toasoan.newsroom.Newsroom;
import vn.toasoan.newsroom.NewsroomClient;
import vn.toasoan.sections.Section;
import vn.toasoan.sections.Sections;
import vn.toasoan.support.Http;
import vn.toasoan.support.ToaSoanIntegrationTest;

/** Administrators create, rename and order sections; editors rename tags; old addresses answer 301. */
@ToaSoanIntegrationTest
class SectionAdminIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Newsroom newsroom;

    @Autowired
    Sections sections;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aRenamedSectionKeepsItsOldAddressAsAPermanentRedirect() {
        Account admin = newsroom.account(Role.ADMIN);
        var browser = NewsroomClient.loggedIn(port, admin.email(), Newsroom.PASSWORD);
        browser.submit("/toa-soan/chuyen-muc", Map.of("name", "Nông nghiệp", "slug", ""));
        Section created = sections.bySlug("nong-nghiep").orElseThrow();

        var renamed = browser.submit(
                "/toa-soan/chuyen-muc/" + created.id(), Map.of("name", "Nông thôn mới", "slug", "nong-thon-moi"));

        assertThat(renamed.statusCode()).isEqualTo(302);
        var reader = new Http(port);
        var old = reader.get("/nong-nghiep?trang=2");
        assertThat(old.statusCode()).isEqualTo(301);
        assertThat(old.headers().firstValue("Location")).hasValue("/nong-thon-moi?trang=2");
        assertThat(reader.get("/rss/nong-nghiep.xml").headers().firstValue("Location"))
                .hasValue("/rss/nong-thon-moi.xml");
        assertThat(reader.get("/nong-thon-moi").statusCode()).isEqualTo(200);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE action = 'section.rename' AND actor = ?")
                        .param(admin.email())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void sectionsMoveUpAndDownOnTheHomePage() {
        Account admin = newsroom.account(Role.ADMIN);
        var browser = NewsroomClient.loggedIn(port, admin.email(), Newsroom.PASSWORD);
        Section second = sections.all().get(1);

        browser.submit("/toa-soan/chuyen-muc/" + second.id() + "/thu-tu", Map.of("huong", "len"));

        assertThat(sections.all().get(0).id()).isEqualTo(second.id());
        var nav = Jsoup.parse(browser.get("/toa-soan/chuyen-muc").body()).select("#sections tbody tr");
        assertThat(nav.get(0).attr("data-section")).isEqualTo(second.slug());
        var home = Jsoup.parse(new Http(port).get("/").body());
        assertThat(home.select("nav.sections a").get(1).attr("href")).isEqualTo(second.url());
        browser.submit("/toa-soan/chuyen-muc/" + second.id() + "/thu-tu", Map.of("huong", "xuong"));
    }

    @Test
    void aSectionCannotTakeAnAddressTheSiteUses() {
        var browser = NewsroomClient.loggedIn(port, newsroom.account(Role.ADMIN).email(), Newsroom.PASSWORD);

        browser.submit("/toa-soan/chuyen-muc", Map.of("name", "Tòa soạn", "slug", "toa-soan"));

        assertThat(browser.page("/toa-soan/chuyen-muc")
                        .select(".nr-flash--error")
                        .text())
                .contains("đã dành cho trang khác");
    }

    @Test
    void aRefusalIsExplainedInTheAdministratorsLanguageOnly() {
        var browser = NewsroomClient.loggedIn(port, newsroom.account(Role.ADMIN).email(), Newsroom.PASSWORD);
        Section taken = sections.all().get(0);

        browser.submit("/toa-soan/chuyen-muc", Map.of("name", "Trùng đường dẫn", "slug", taken.slug()));
        String vietnamese =
                browser.page("/toa-soan/chuyen-muc").select(".nr-flash--error").text();
        browser.get("/toa-soan/chuyen-muc?lang=en");
        browser.submit("/toa-soan/chuyen-muc", Map.of("name", "Same address", "slug", taken.slug()));
        String english =
                browser.page("/toa-soan/chuyen-muc").select(".nr-flash--error").text();

        assertThat(vietnamese).isEqualTo("Đã có chuyên mục với đường dẫn /" + taken.slug() + ".");
        assertThat(english).isEqualTo("There is already a section at /" + taken.slug() + ".");
    }

    @Test
    void aRenamedTagRedirectsAndAMergedOneToo() {
        Account editor = newsroom.account(Role.EDITOR);
        var browser = NewsroomClient.loggedIn(port, editor.email(), Newsroom.PASSWORD);
        long articleId = newsroom.draft(editor, "Bài có thẻ để đổi tên").id();
        newsroom.force(articleId, vn.toasoan.articles.ArticleStatus.PUBLISHED);
        String k = java.util.UUID.randomUUID().toString().substring(0, 6);
        jdbc.sql("INSERT INTO tags (slug, name) VALUES (?, ?)")
                .params("dieu-" + k, "Điều " + k)
                .update();
        jdbc.sql("INSERT INTO article_tags (article_id, tag_id) SELECT ?, id FROM tags WHERE slug = ?")
                .params(articleId, "dieu-" + k)
                .update();
        long tagId = jdbc.sql("SELECT id FROM tags WHERE slug = ?")
                .param("dieu-" + k)
                .query(Long.class)
                .single();

        browser.submit("/toa-soan/the/" + tagId, Map.of("name", "Hạt điều Sông Lam " + k));

        var old = new Http(port).get("/the/dieu-" + k);
        assertThat(old.statusCode()).isEqualTo(301);
        assertThat(old.headers().firstValue("Location")).hasValue("/the/hat-dieu-song-lam-" + k);
        assertThat(new Http(port).get("/the/hat-dieu-song-lam-" + k).body()).contains("Bài có thẻ để đổi tên");

        jdbc.sql("INSERT INTO tags (slug, name) VALUES (?, ?)")
                .params("hat-dieu-" + k, "Hạt điều " + k)
                .update();
        long other = jdbc.sql("SELECT id FROM tags WHERE slug = ?")
                .param("hat-dieu-" + k)
                .query(Long.class)
                .single();
        browser.submit("/toa-soan/the/" + other, Map.of("name", "Hạt điều Sông Lam " + k));
        assertThat(new Http(port).get("/the/hat-dieu-" + k).headers().firstValue("Location"))
                .hasValue("/the/hat-dieu-song-lam-" + k);
    }
}
