package vn.toasoan.articles;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.toasoan.accounts.Account;
import vn.toasoan.accounts.Role;
import vn.toasoan.newsroom.Newsroom;
import vn.toasoan.newsroom.NewsroomClient;
import vn.toasoan.platform.VietnamTime;
import vn.toasoan.support.Http;
import vn.toasoan.support.MutableClock;
import vn.toasoan.support.ToaSoanIntegrationTest;

/**
 * {@code POST /api/v1/articles/{id}/preview-links}: a link anyone may open, without an account, to an article at any
 * status as its page will show it, until it expires (then 410); never indexed, cached or counted.
 */
@ToaSoanIntegrationTest
class PreviewLinkIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    Newsroom newsroom;

    @Autowired
    Articles articles;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aLinkOpensADraftWithoutAnAccountUntilItExpires() {
        Account reporter = newsroom.account(Role.REPORTER);
        long id = newsroom.draft(reporter, "Bản thảo về chợ nổi chưa đăng").id();
        String expiry = VietnamTime.iso(clock.instant().plus(Duration.ofHours(2)));

        var created = newsroom.api(
                "POST", "/api/v1/articles/" + id + "/preview-links", reporter, "{\"expiresAt\": \"" + expiry + "\"}");

        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode link = JSON.readTree(created.body());
        assertThat(link.get("expiresAt").asString()).isEqualTo(expiry);
        String url = link.get("url").asString();
        assertThat(url).startsWith("http://localhost:" + port + "/xem-truoc/");
        assertThat(created.headers().firstValue("Location")).hasValue(url);
        String path = url.substring(("http://localhost:" + port).length());
        var http = new Http(port);
        long viewsBefore = articles.views(id);

        HttpResponse<String> opened = http.get(path);
        http.get(path);
        clock.advance(Duration.ofHours(2).plusSeconds(1));
        HttpResponse<String> expired = http.get(path);

        assertThat(opened.statusCode()).isEqualTo(200);
        assertThat(opened.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(opened.headers().firstValue("X-Robots-Tag"))
                .hasValueSatisfying(v -> assertThat(v).contains("noindex"));
        assertThat(opened.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        Document page = Jsoup.parse(opened.body());
        assertThat(page.select("meta[name=robots]").attr("content")).contains("noindex");
        assertThat(page.selectFirst("h1").text()).isEqualTo("Bản thảo về chợ nổi chưa đăng");
        assertThat(page.selectFirst(".preview-banner").text()).startsWith("Bản xem trước");
        assertThat(articles.views(id)).isEqualTo(viewsBefore);
        assertThat(expired.statusCode()).isEqualTo(410);
        assertThat(expired.headers().firstValue("Cache-Control")).hasValue("no-store");
        Document gone = Jsoup.parse(expired.body());
        assertThat(gone.selectFirst("h1").text()).isEqualTo("Liên kết xem trước đã hết hạn");
        assertThat(gone.text()).contains("Mời bạn xin người gửi một liên kết mới");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE action = 'article.preview_link' AND target_id = ?")
                        .param(String.valueOf(id))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aLinkThisSiteDidNotSignDoesNotOpen() {
        Account editor = newsroom.account(Role.EDITOR);
        long id =
                newsroom.draft(editor, "Bài chỉ người có liên kết mới xem được").id();
        String url = JSON.readTree(newsroom.api("POST", "/api/v1/articles/" + id + "/preview-links", editor, null)
                        .body())
                .get("url")
                .asString();
        String path = url.substring(url.indexOf("/xem-truoc/"));
        String otherArticle = path.replaceFirst("/xem-truoc/\\d+", "/xem-truoc/" + (id + 1));
        String laterExpiry = path.replaceFirst("\\.(\\d+)\\.", ".9999999999.");

        var http = new Http(port);
        assertThat(http.get(path).statusCode()).isEqualTo(200);
        assertThat(http.get(otherArticle).statusCode()).isEqualTo(404);
        assertThat(http.get(laterExpiry).statusCode()).isEqualTo(404);
        assertThat(http.get("/xem-truoc/khong-phai-lien-ket").statusCode()).isEqualTo(404);
    }

    @Test
    void onlyThoseWhoMayReadTheArticleMakeLinksAndOnlyForAMonthAtMost() {
        Account author = newsroom.account(Role.REPORTER);
        long id = newsroom.draft(author, "Bài của phóng viên khác").id();

        var stranger = newsroom.api(
                "POST", "/api/v1/articles/" + id + "/preview-links", newsroom.account(Role.REPORTER), null);
        var tooLong = newsroom.api(
                "POST",
                "/api/v1/articles/" + id + "/preview-links",
                author,
                "{\"expiresAt\": \"" + VietnamTime.iso(clock.instant().plus(Duration.ofDays(31))) + "\"}");
        var past = newsroom.api(
                "POST",
                "/api/v1/articles/" + id + "/preview-links",
                author,
                "{\"expiresAt\": \"" + VietnamTime.iso(clock.instant().minus(Duration.ofMinutes(5))) + "\"}");
        var missing = newsroom.api("POST", "/api/v1/articles/987654321/preview-links", author, null);
        var anonymous = newsroom.api("POST", "/api/v1/articles/" + id + "/preview-links", null, null, null, null);

        assertThat(stranger.statusCode()).isEqualTo(403);
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(tooLong.body()).get("detail").asString()).contains("30 ngày");
        assertThat(past.statusCode()).isEqualTo(400);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(anonymous.statusCode()).isEqualTo(401);
    }

    @Test
    void theNewsroomsOwnPreviewNeedsTheAuthorOrAnEditor() {
        Account author = newsroom.account(Role.REPORTER);
        long id = newsroom.draft(author, "Bài chờ xem trước trong tòa soạn").id();

        var anonymous = new NewsroomClient(port).get("/toa-soan/bai-viet/" + id + "/xem-truoc/trang");
        var other = NewsroomClient.loggedIn(
                        port, newsroom.account(Role.REPORTER).email(), Newsroom.PASSWORD)
                .get("/toa-soan/bai-viet/" + id + "/xem-truoc/trang");
        var own = NewsroomClient.loggedIn(port, author.email(), Newsroom.PASSWORD)
                .get("/toa-soan/bai-viet/" + id + "/xem-truoc/trang");

        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(NewsroomClient.location(anonymous)).contains("/toa-soan/dang-nhap");
        assertThat(other.statusCode()).isEqualTo(403);
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(own.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(csp -> assertThat(csp).contains("frame-ancestors 'self'"));
        Document page = Jsoup.parse(own.body());
        assertThat(page.selectFirst(".preview-banner").text()).contains("Bản xem trước", "Bản nháp");
        assertThat(page.select("meta[name=robots]").attr("content")).contains("noindex");
    }
}
