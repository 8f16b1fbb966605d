package vn.toasoan.frontpage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.toasoan.accounts.Account;
import vn.toasoan.accounts.Role;
import vn.toasoan.articles.Article;
import vn.toasoan.articles.ArticleStatus;
import vn.toasoan.newsroom.Newsroom;
import vn.toasoan.platform.VietnamTime;
import vn.toasoan.sections.Section;
import vn.toasoan.sections.Sections;
import vn.toasoan.support.ArticleBuilder;
import vn.toasoan.support.Http;
import vn.toasoan.support.MutableClock;
import vn.toasoan.support.ToaSoanIntegrationTest;

/**
 * {@code /api/v1/front-page}: editors place a lead and featured stories on the home page or a section page, readers see
 * them there until the expiry, and nothing that is not published can be placed or stays placed.
 */
@ToaSoanIntegrationTest
class FrontPageApiIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    Newsroom newsroom;

    @Autowired
    Sections sections;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcClient jdbc;

    Account editor;

    @AfterEach
    void giveThePagesBack() {
        editor = editor == null ? newsroom.account(Role.EDITOR) : editor;
        newsroom.api("PUT", "/api/v1/front-page", editor, "{\"lead\": null, \"featured\": []}");
        for (Section section : sections.all()) {
            newsroom.api(
                    "PUT",
                    "/api/v1/front-page?section=" + section.slug(),
                    editor,
                    "{\"lead\": null, \"featured\": []}");
        }
    }

    @Test
    void anEditorPlacesALeadAndFeaturedStoriesThatReadersSeeInThatOrder() {
        editor = newsroom.account(Role.EDITOR);
        Article lead = newsroom.published(ArticleBuilder.article("Khánh thành trường học vùng cao Hòa Sơn")
                .daysOld(2));
        Article second = newsroom.published(ArticleBuilder.article("Mùa lúa mới ở Phú Điền"));
        Article first = newsroom.published(ArticleBuilder.article("Đường ven biển Cồn Mây thông xe"));
        String expiry = VietnamTime.iso(clock.instant().plus(Duration.ofHours(6)));

        var put = newsroom.api(
                "PUT",
                "/api/v1/front-page",
                editor,
                "{\"lead\": %d, \"featured\": [%d, %d], \"expiresAt\": \"%s\"}"
                        .formatted(lead.id(), first.id(), second.id(), expiry));
        newsroom.published(ArticleBuilder.article("Tin vắn đăng sau cùng, không có ảnh"));

        assertThat(put.statusCode()).isEqualTo(200);
        JsonNode placed = JSON.readTree(
                newsroom.api("GET", "/api/v1/front-page", editor, null).body());
        assertThat(placed.get("lead").asLong()).isEqualTo(lead.id());
        assertThat(placed.get("featured").valueStream().map(JsonNode::asLong).toList())
                .containsExactly(first.id(), second.id());
        assertThat(placed.get("expiresAt").asString()).isEqualTo(expiry);
        Document home = new Http(port).page("/");
        assertThat(home.select(".lead-story h1 a").attr("href")).isEqualTo(lead.url());
        assertThat(home.select(".featured .card__title a").eachAttr("href"))
                .startsWith(first.url(), second.url())
                .hasSize(FrontPages.FEATURED_SLOTS);
        assertThat(audit("frontpage.set"))
                .anySatisfy(details ->
                        assertThat(details).contains("#" + lead.id(), "Khánh thành trường học vùng cao Hòa Sơn"));
    }

    @Test
    void whatIsNotPublishedCannotBePlacedAndAReporterCannotPlaceAnything() {
        editor = newsroom.account(Role.EDITOR);
        long draft = newsroom.draft(editor, "Bài nháp chưa được đăng").id();
        Article published = newsroom.published(ArticleBuilder.article("Bài đã đăng về chợ phiên"));

        var refused = newsroom.api(
                "PUT",
                "/api/v1/front-page",
                editor,
                "{\"lead\": %d, \"featured\": [%d]}".formatted(published.id(), draft));
        var repeated = newsroom.api(
                "PUT",
                "/api/v1/front-page",
                editor,
                "{\"lead\": %d, \"featured\": [%d]}".formatted(published.id(), published.id()));
        var tooMany = newsroom.api(
                "PUT", "/api/v1/front-page", editor, "{\"featured\": [%1$d, 2, 3, 4, 5]}".formatted(published.id()));
        var past = newsroom.api(
                "PUT",
                "/api/v1/front-page",
                editor,
                "{\"lead\": %d, \"expiresAt\": \"%s\"}"
                        .formatted(
                                published.id(), VietnamTime.iso(clock.instant().minus(Duration.ofMinutes(1)))));
        var unreadable = newsroom.api(
                "PUT",
                "/api/v1/front-page",
                editor,
                "{\"lead\": %d, \"expiresAt\": \"06/12/2026 6:00 PM\"}".formatted(published.id()));
        var reporter = newsroom.api(
                "PUT",
                "/api/v1/front-page",
                newsroom.account(Role.REPORTER),
                "{\"lead\": %d}".formatted(published.id()));
        var noSection = newsroom.api("GET", "/api/v1/front-page?section=khong-co-chuyen-muc", editor, null);

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = JSON.readTree(refused.body());
        assertThat(problem.get("title").asString()).isEqualTo("Không đặt được bài lên trang");
        assertThat(problem.get("detail").asString()).contains("chưa đăng", "#" + draft);
        assertThat(problem.get("articles").valueStream().map(JsonNode::asLong).toList())
                .containsExactly(draft);
        assertThat(repeated.statusCode()).isEqualTo(422);
        assertThat(JSON.readTree(repeated.body()).get("detail").asString()).contains("một lần");
        assertThat(tooMany.statusCode()).isEqualTo(422);
        assertThat(JSON.readTree(tooMany.body()).get("detail").asString()).contains("tối đa 4");
        assertThat(past.statusCode()).isEqualTo(422);
        assertThat(unreadable.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(unreadable.body()).get("detail").asString()).contains("ISO-8601");
        assertThat(reporter.statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(reporter.body()).get("detail").asString())
                .isEqualTo("Chỉ biên tập viên và quản trị viên được chọn tin tiêu điểm và tin nổi bật.");
        assertThat(noSection.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(newsroom.api("GET", "/api/v1/front-page", editor, null)
                                .body())
                        .get("lead")
                        .isNull())
                .isTrue();
    }

    @Test
    void aSectionPageTakesOnlyItsOwnArticlesAndOneThatIsUnpublishedDropsOutAtOnce() {
        editor = newsroom.account(Role.EDITOR);
        Section culture = sections.bySlug("van-hoa").orElseThrow();
        Section sport = sections.bySlug("the-thao").orElseThrow();
        Article festival = newsroom.published(ArticleBuilder.article("Lễ hội đua ghe ngo trên sông Lam")
                .section(culture.id())
                .daysOld(3));
        Article match = newsroom.published(
                ArticleBuilder.article("Đội bóng Vĩnh Lam thắng trận thứ ba").section(sport.id()));

        var elsewhere = newsroom.api(
                "PUT",
                "/api/v1/front-page?section=" + culture.slug(),
                editor,
                "{\"lead\": %d, \"featured\": [%d]}".formatted(festival.id(), match.id()));
        var own = newsroom.api(
                "PUT",
                "/api/v1/front-page?section=" + culture.slug(),
                editor,
                "{\"lead\": %d}".formatted(festival.id()));
        newsroom.api(
                "PUT", "/api/v1/front-page", editor, "{\"featured\": [%d, %d]}".formatted(match.id(), festival.id()));
        Document sectionPage = new Http(port).page(culture.url());
        newsroom.api("POST", "/api/v1/articles/" + festival.id() + "/unpublish", editor, null);

        assertThat(elsewhere.statusCode()).isEqualTo(422);
        assertThat(JSON.readTree(elsewhere.body()).get("articles").get(0).asLong())
                .isEqualTo(match.id());
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(sectionPage.select(".lead-story h2 a").attr("href")).isEqualTo(festival.url());
        assertThat(newsroom.status(festival.id())).isEqualTo(ArticleStatus.UNPUBLISHED);
        JsonNode home = JSON.readTree(
                newsroom.api("GET", "/api/v1/front-page", editor, null).body());
        assertThat(home.get("featured").valueStream().map(JsonNode::asLong).toList())
                .containsExactly(match.id());
        JsonNode section = JSON.readTree(newsroom.api("GET", "/api/v1/front-page?section=van-hoa", editor, null)
                .body());
        assertThat(section.get("lead").isNull()).isTrue();
        assertThat(new Http(port).page(culture.url()).select(".lead-story h2 a").attr("href"))
                .isNotEqualTo(festival.url());
        assertThat(audit("frontpage.drop")).anySatisfy(d -> assertThat(d).contains("#" + festival.id()));
    }

    @Test
    void afterItsExpiryThePageShowsTheNewestArticlesAgain() {
        editor = newsroom.account(Role.EDITOR);
        Article pinned =
                newsroom.published(ArticleBuilder.article("Bài ghim đến trưa").daysOld(1));
        newsroom.api(
                "PUT",
                "/api/v1/front-page",
                editor,
                "{\"lead\": %d, \"expiresAt\": \"%s\"}"
                        .formatted(pinned.id(), VietnamTime.iso(clock.instant().plus(Duration.ofMinutes(30)))));
        Article newest = newsroom.published(ArticleBuilder.article("Bài mới nhất sau khi ghim"));
        String before = new Http(port).page("/").select(".lead-story h1 a").attr("href");

        clock.advance(Duration.ofMinutes(31));

        assertThat(before).isEqualTo(pinned.url());
        assertThat(new Http(port).page("/").select(".lead-story h1 a").attr("href"))
                .isEqualTo(newest.url());
        JsonNode placed = JSON.readTree(
                newsroom.api("GET", "/api/v1/front-page", editor, null).body());
        assertThat(placed.get("lead").isNull()).isTrue();
        assertThat(placed.get("expiresAt").isNull()).isTrue();
    }

    @Test
    void noStoryAppearsTwiceOnTheHomePageASectionPageOrAnArticlePage() {
        editor = newsroom.account(Role.EDITOR);
        Section economy = sections.bySlug("kinh-te").orElseThrow();
        Article pinned = newsroom.published(ArticleBuilder.article("Giá lúa tăng, nông dân phấn khởi")
                .section(economy.id())
                .tags("Nông nghiệp"));
        Article related = newsroom.published(ArticleBuilder.article("Thương lái thu mua lúa tại ruộng")
                .section(economy.id())
                .tags("Nông nghiệp"));
        newsroom.api("PUT", "/api/v1/front-page", editor, "{\"lead\": %d}".formatted(pinned.id()));
        var http = new Http(port);

        Document home = http.page("/");
        Document section = http.page(economy.url());
        Document article = http.page(pinned.url());

        assertThat(home.select(".lead-story h1 a").attr("href")).isEqualTo(pinned.url());
        assertThat(repeatedStories(home)).isEmpty();
        assertThat(repeatedStories(section)).isEmpty();
        assertThat(repeatedStories(article)).isEmpty();
        assertThat(article.select(".related a, .most-read a").eachAttr("href")).doesNotContain(pinned.url());
        assertThat(article.select(".related a").eachAttr("href")).contains(related.url());
    }

    @Test
    void theOpenApiDescriptionNamesTheFrontPageAndPreviewLinks() {
        JsonNode paths =
                JSON.readTree(new Http(port).get("/api/v1/openapi").body()).get("paths");

        assertThat(paths.get("/api/v1/front-page").has("get")).isTrue();
        assertThat(paths.get("/api/v1/front-page").has("put")).isTrue();
        assertThat(paths.get("/api/v1/articles/{id}/preview-links").has("post")).isTrue();
    }

    /** The stories a page shows more than once: each card, lead or list entry counts once, whatever its links. */
    private static Map<String, Integer> repeatedStories(Document page) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Element story : page.select(
                "main article.card, main article.lead-story, main .most-read li," + " main .side-list li")) {
            String url = story.selectFirst("a[href$=.html]").attr("href");
            counts.merge(url, 1, Integer::sum);
        }
        counts.values().removeIf(n -> n == 1);
        return counts;
    }

    private List<String> audit(String action) {
        return new ArrayList<>(jdbc.sql("SELECT details FROM audit_log WHERE action = ? ORDER BY id DESC LIMIT 20")
                .param(action)
                .query(String.class)
                .list());
    }
}
