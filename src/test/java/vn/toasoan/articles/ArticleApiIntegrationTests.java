package vn.toasoan.articles;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.toasoan.accounts.Account;
import vn.toasoan.accounts.Role;
import vn.toasoan.newsroom.Newsroom;
import vn.toasoan.support.Http;
import vn.toasoan.support.ToaSoanIntegrationTest;

/** The article API as DESIGN.md describes it, as a script would use it. */
@ToaSoanIntegrationTest
class ArticleApiIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    Newsroom newsroom;

    @Test
    void aReporterCreatesADraftAndAnEditorPublishesIt() {
        Account reporter = newsroom.account(Role.REPORTER);
        Account editor = newsroom.account(Role.EDITOR);

        var created = newsroom.api("POST", "/api/v1/articles", reporter, """
                {"title": "Đường tỉnh 12 thông xe", "sapo": "Sau hai năm thi công, tuyến đường đã thông xe.",
                 "body": "<p>Sáng nay tuyến đường <script>alert(1)</script>chính thức thông xe.</p>",
                 "section": "kinh-te", "tags": ["Giao thông"], "byline": "THANH HÀ"}""");

        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode article = JSON.readTree(created.body());
        long id = article.get("id").asLong();
        assertThat(created.headers().firstValue("Location")).hasValue("/api/v1/articles/" + id);
        assertThat(fieldNames(article))
                .containsExactlyInAnyOrder(
                        "id",
                        "title",
                        "slug",
                        "sapo",
                        "body",
                        "section",
                        "tags",
                        "byline",
                        "status",
                        "publishedAt",
                        "updatedAt",
                        "url",
                        "views",
                        "warnings",
                        "figures",
                        "leadPhoto");
        assertThat(article.get("slug").asString()).isEqualTo("duong-tinh-12-thong-xe");
        assertThat(article.get("status").asString()).isEqualTo("DRAFT");
        assertThat(article.get("body").asString()).doesNotContain("script");
        assertThat(article.get("url").asString()).isEqualTo("/duong-tinh-12-thong-xe-" + id + ".html");

        var refused = newsroom.api("POST", "/api/v1/articles/" + id + "/publish", reporter, null);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(refused.body()).get("detail").asString()).startsWith("Vai trò của bạn không được");

        var published = JSON.readTree(newsroom.api("POST", "/api/v1/articles/" + id + "/publish", editor, null)
                .body());
        assertThat(published.get("status").asString()).isEqualTo("PUBLISHED");
        assertThat(published.get("publishedAt").asString())
                .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+07:00");
        assertThat(new Http(port).get(published.get("url").asString()).statusCode())
                .isEqualTo(200);
    }

    @Test
    void listsAnswerItemsAndTotalAndReportersSeeOnlyTheirOwn() {
        Account reporter = newsroom.account(Role.REPORTER);
        newsroom.draft(reporter, "Bài riêng của phóng viên");
        Account editor = newsroom.account(Role.EDITOR);

        JsonNode mine = JSON.readTree(
                newsroom.api("GET", "/api/v1/articles", reporter, null).body());
        JsonNode all = JSON.readTree(
                newsroom.api("GET", "/api/v1/articles?status=PUBLISHED&section=kinh-te&page=1", editor, null)
                        .body());

        assertThat(mine.get("total").asLong()).isEqualTo(1);
        assertThat(mine.get("items").get(0).get("title").asString()).isEqualTo("Bài riêng của phóng viên");
        assertThat(all.get("total").asLong()).isGreaterThan(0);
        for (JsonNode item : all.get("items")) {
            assertThat(item.get("status").asString()).isEqualTo("PUBLISHED");
            assertThat(item.get("section").asString()).isEqualTo("kinh-te");
        }
    }

    @Test
    void mistakesAreProblemDetailsInVietnamese() {
        Account editor = newsroom.account(Role.EDITOR);

        var missing = newsroom.api("POST", "/api/v1/articles", editor, "{\"title\": \"Chỉ có tiêu đề\"}");
        var unknownSection = newsroom.api(
                "POST",
                "/api/v1/articles",
                editor,
                "{\"title\":\"T\",\"sapo\":\"S\",\"body\":\"B\",\"section\":\"khong-co\"}");
        var notFound = newsroom.api("GET", "/api/v1/articles/987654321", editor, null);
        var broken = newsroom.api("POST", "/api/v1/articles", editor, "{không phải JSON");

        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(JSON.readTree(missing.body()).get("detail").asString())
                .isEqualTo("Thiếu trường bắt buộc: sapo, body, section.");
        assertThat(unknownSection.body()).contains("Không có chuyên mục \\\"khong-co\\\"");
        assertThat(notFound.statusCode()).isEqualTo(404);
        assertThat(broken.statusCode()).isEqualTo(400);
    }

    @Test
    void theOpenApiDescriptionIsServed() {
        var description = new Http(port).get("/api/v1/openapi");

        assertThat(description.statusCode()).isEqualTo(200);
        JsonNode paths = JSON.readTree(description.body()).get("paths");
        assertThat(paths.has("/api/v1/articles")).isTrue();
        assertThat(paths.has("/api/v1/articles/{id}/publish")).isTrue();
    }

    private static java.util.List<String> fieldNames(JsonNode node) {
        var names = new java.util.ArrayList<String>();
        node.propertyNames().forEach(names::add);
        return names;
    }
}
