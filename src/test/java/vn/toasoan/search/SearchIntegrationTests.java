package vn.toasoan.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.toasoan.articles.ArticleChanged;
import vn.toasoan.articles.Articles;
import vn.toasoan.articles.PageImporter;
import vn.toasoan.newsroom.Newsroom;
import vn.toasoan.sections.Section;
import vn.toasoan.sections.Sections;
import vn.toasoan.support.ArticleBuilder;
import vn.toasoan.support.ToaSoanIntegrationTest;

/**
 * Search as a reader and a script use it, over HTTP, on the whole application. The articles published here would
 * crowd the home page and sections that other test classes read, so the application is not shared after this class.
 */
@ToaSoanIntegrationTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class SearchIntegrationTests {

    /** Our own page in the sample page's shape (see the test resources); it names Nguyễn Đăng Khoa many times. */
    private static final SamplePage SAMPLE =
            new SamplePage(ownPage(), "Tỉnh ủy Sông Lam", "Nguyễn Đăng Khoa", "nguyen dang khoa");

    /** A page to import, the start of its title, a person it names, and that name as a reader types it unmarked. */
    private record SamplePage(Path file, String titleStart, String name, String typed) {}

    private static Path ownPage() {
        try (var in = SearchIntegrationTests.class.getResourceAsStream("/pages/bai-mau-hoi-nghi.txt")) {
            Path file = Files.createTempFile("trang-", ".txt");
            Files.write(file, in.readAllBytes());
            return file;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static java.util.stream.Stream<String> waysToTypeTheName() {
        String name = SAMPLE.name();
        String typed = SAMPLE.typed();
        return java.util.stream.Stream.of(
                name,
                name.toUpperCase(java.util.Locale.ROOT),
                typed.toUpperCase(java.util.Locale.ROOT),
                name.toLowerCase(java.util.Locale.ROOT),
                vn.toasoan.vietnamese.VietnameseText.fold(name));
    }

    private static final HttpClient http = HttpClient.newHttpClient();
    private static final JsonMapper json = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    PageImporter importer;

    @Autowired
    Articles articles;

    @Autowired
    Newsroom newsroom;

    @Autowired
    Sections sections;

    @Autowired
    SearchIndexer indexer;

    @Autowired
    ArticleIndex index;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEventPublisher events;

    private long seedId;

    @BeforeEach
    void importTheSamplePage() throws Exception {
        // importing the same page again finds the article already there
        seedId = importer.importFiles(List.of(SAMPLE.file()), null).get(0).articleId();
        indexer.awaitIdle();
    }

    @Test
    void typingPhamVanCanhWithoutMarksFindsTheImportedArticleFirst() throws Exception {
        JsonNode found = api(SAMPLE.typed(), 1);

        JsonNode first = found.get("items").get(0);
        assertThat(first.get("id").asLong()).isEqualTo(seedId);
        assertThat(first.get("title").asString()).startsWith(SAMPLE.titleStart());
        assertThat(first.get("url").asString())
                .isEqualTo(articles.find(seedId).orElseThrow().url());
        assertThat(first.get("snippet").asString()).contains("<mark>" + SAMPLE.name() + "</mark>");
    }

    @ParameterizedTest
    @MethodSource("waysToTypeTheName")
    void markedUnmarkedAndUpperCaseQueriesAllFindIt(String typed) throws Exception {
        assertThat(api(typed, 1).get("items").get(0).get("id").asLong()).isEqualTo(seedId);
    }

    @Test
    void decomposedUnicodeFindsIt() throws Exception {
        String nfd = Normalizer.normalize(SAMPLE.name(), Normalizer.Form.NFD);

        assertThat(api(nfd, 1).get("items").get(0).get("id").asLong()).isEqualTo(seedId);
    }

    @Test
    void theSearchPageListsTheArticleWithTheNameMarked() throws Exception {
        HttpResponse<String> page = get("/tim-kiem?q=" + encode(SAMPLE.typed()));

        assertThat(page.statusCode()).isEqualTo(200);
        String html = page.body();
        assertThat(html)
                .contains("<meta name=\"robots\" content=\"noindex\">")
                .contains("value=\"" + SAMPLE.typed() + "\"")
                .contains("kết quả cho")
                .contains("<mark>" + SAMPLE.name() + "</mark>");
        String firstLink = html.substring(html.indexOf("class=\"card__title\""));
        assertThat(firstLink)
                .startsWith("class=\"card__title\"><a href=\""
                        + articles.find(seedId).orElseThrow().url());
    }

    @Test
    void noResultsSaysSoWithTipsAndKeepsTheQuery() throws Exception {
        String html = get("/tim-kiem?q=" + encode("xyzzy quokka \"<b>")).body();

        assertThat(html)
                .contains("Không tìm thấy kết quả")
                .contains("Gợi ý")
                .contains("Kiểm tra lại chính tả")
                .contains("value=\"xyzzy quokka &#34;&lt;b")
                .doesNotContain("<b>");
    }

    @Test
    void withoutAQueryThePageAsksForOne() throws Exception {
        HttpResponse<String> page = get("/tim-kiem");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Nhập từ khóa để tìm bài viết").doesNotContain("Không tìm thấy kết quả");
    }

    @Test
    void inEnglishThePageSaysSoInEnglish() throws Exception {
        assertThat(get("/tim-kiem?lang=en&q=xyzzy").body()).contains("No results found");
    }

    @Test
    void anUnpublishedArticleLeavesTheResults() throws Exception {
        long id = publish(
                "Lễ hội hoa ban Mường Phăng mở cửa đón khách",
                "Hoa ban nở trắng các triền đồi Mường Phăng.",
                "<p>Du khách kéo về bản Mường Phăng ngắm hoa ban.</p>");
        assertThat(ids(api("hoa ban muong phang", 1))).contains(id);

        jdbc.sql("UPDATE articles SET status = 'UNPUBLISHED' WHERE id = ?")
                .param(id)
                .update();
        events.publishEvent(new ArticleChanged(id));
        indexer.awaitIdle();

        assertThat(ids(api("hoa ban muong phang", 1))).doesNotContain(id);
        assertThat(get("/tim-kiem?q=" + encode("Mường Phăng")).body()).contains("Không tìm thấy kết quả");
    }

    @Test
    void eitherSpellingOfTyFindsTheOther() throws Exception {
        long ti = publish(
                "Xã Đồng Mai đầu tư 300 tỉ đồng làm đường",
                "Kĩ thuật mới giúp rút ngắn thời gian thi công.",
                "<p>Dự án trị giá 300 tỉ đồng do kĩ sư của tỉnh giám sát.</p>");

        assertThat(ids(api("300 tỷ", 1))).contains(ti);
        assertThat(ids(api("kỹ thuật", 1))).contains(ti);
        assertThat(get("/tim-kiem?q=" + encode("300 tỷ đồng")).body()).containsPattern("<mark>[^<]*tỉ");
        // "tuy" and "tui" are different words, not two spellings of one
        assertThat(ids(api("tuy", 1))).doesNotContain(ti);
    }

    @Test
    void aChangedArticleIsFoundByItsNewWordsOnly() throws Exception {
        long id = publish(
                "Giải cờ tướng xã Tân Lập khai mạc",
                "Sáu mươi kỳ thủ tranh tài.",
                "<p>Giải cờ tướng do Đoàn thanh niên xã Tân Lập tổ chức.</p>");

        jdbc.sql("UPDATE articles SET title = ?, body = ? WHERE id = ?")
                .params("Giải cờ vua xã Tân Lập khai mạc", "<p>Giải cờ vua do Đoàn thanh niên tổ chức.</p>", id)
                .update();
        events.publishEvent(new ArticleChanged(id));
        indexer.awaitIdle();

        assertThat(ids(api("co vua tan lap", 1))).contains(id);
        assertThat(ids(api("co tuong tan lap", 1))).doesNotContain(id);
    }

    @Test
    void snippetsShowTheArticlesMarkupCharactersAsText() throws Exception {
        long id = publish(
                "Cảnh giác tin nhắn giả danh ngân hàng Đồng Mây",
                "Kẻ gian gửi đường dẫn lạ & mã độc.",
                "<p>Tin nhắn chứa đoạn mã &lt;script&gt;alert('Đồng Mây')&lt;/script&gt; cùng đường dẫn lạ.</p>");

        JsonNode item = api("dong may script", 1).get("items").get(0);
        assertThat(item.get("id").asLong()).isEqualTo(id);
        assertThat(item.get("snippet").asString())
                .contains("&lt;<mark>script</mark>&gt;")
                .doesNotContain("<script");

        String html = get("/tim-kiem?q=" + encode("dong may script")).body();
        assertThat(html).contains("&lt;<mark>script</mark>&gt;alert(").doesNotContain("<script>alert");
    }

    @Test
    void resultsComeAPageAtATime() throws Exception {
        for (int i = 1; i <= 12; i++) {
            publish(
                    "Hội thi gói bánh chưng Xuân Đào, đội " + i,
                    "Các đội thi gói bánh chưng.",
                    "<p>Hội thi gói bánh chưng ở làng Xuân Đào.</p>");
        }

        String first = get("/tim-kiem?q=" + encode("banh chung xuan dao")).body();
        assertThat(first).contains("<strong>12</strong> kết quả cho").contains("Trang 1 / 2");
        assertThat(first).contains("rel=\"next\" href=\"/tim-kiem?q=banh+chung+xuan+dao&amp;trang=2\"");

        String second =
                get("/tim-kiem?q=" + encode("banh chung xuan dao") + "&trang=2").body();
        assertThat(second).contains("Trang 2 / 2").contains("rel=\"prev\"");
        assertThat(second.split("class=\"card\"", -1)).hasSize(3);

        assertThat(api("banh chung xuan dao", 2).get("items")).hasSize(2);
        assertThat(api("banh chung xuan dao", 2).get("total").asLong()).isEqualTo(12);
    }

    @Test
    void theApiAnswersTotalAndItemsBestFirst() throws Exception {
        HttpResponse<String> response = get("/api/v1/search?q=" + encode(SAMPLE.typed()));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        JsonNode body = json.readTree(response.body());
        assertThat(names(body)).containsExactlyInAnyOrder("total", "items", "page", "pages", "suggestion");
        assertThat(body.get("total").isIntegralNumber()).isTrue();
        assertThat(body.get("total").asLong())
                .isGreaterThanOrEqualTo(body.get("items").size());
        for (JsonNode item : body.get("items")) {
            assertThat(names(item))
                    .containsExactlyInAnyOrder("id", "title", "url", "snippet", "section", "publishedAt");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "%20%20", "%0A"})
    void aBlankQueryIsAProblemExplainedInVietnamese(String q) throws Exception {
        HttpResponse<String> response = get("/api/v1/search?q=" + q);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("title").asString()).isEqualTo("Thiếu từ khóa tìm kiếm");
        assertThat(problem.get("detail").asString()).contains("từ khóa");
    }

    @Test
    void aMissingQueryIsTheSameProblem() throws Exception {
        HttpResponse<String> response = get("/api/v1/search");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json.readTree(response.body()).get("detail").asString()).contains("tham số q");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"", "(", "AND", "*", "a OR (b", "title:x", "\\", "~ ^ [ }", "%%"})
    void queryLanguageCharactersNeverBreakTheSearch(String typed) throws Exception {
        assertThat(get("/api/v1/search?q=" + encode(typed)).statusCode()).isEqualTo(200);
        assertThat(get("/tim-kiem?q=" + encode(typed)).statusCode()).isEqualTo(200);
    }

    @Test
    void aVeryLongQueryIsCutNotRefused() throws Exception {
        String typed = (SAMPLE.typed() + " ").repeat(150);

        HttpResponse<String> page = get("/tim-kiem?q=" + encode(typed));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(get("/api/v1/search?q=" + encode(typed)).statusCode()).isEqualTo(200);
        assertThat(page.body()).doesNotContain(typed.strip());
    }

    @Test
    void anIndexThatLostArticlesIsRebuiltFromTheDatabase() throws Exception {
        index.remove(seedId);
        index.commit();
        assertThat(ids(api(SAMPLE.typed(), 1))).doesNotContain(seedId);

        indexer.synchronize();

        assertThat(ids(api(SAMPLE.typed(), 1)).get(0)).isEqualTo(seedId);
    }

    @Test
    void aChangeThatNoEventAnnouncedIsFoundByTheNextCheck() throws Exception {
        long id = publish(
                "Chợ nổi Cái Mơn họp sớm", "Ghe xuồng tấp nập từ tờ mờ sáng.", "<p>Chợ nổi họp từ bốn giờ sáng.</p>");
        // as another app node or the import command would change it: in the database only
        jdbc.sql("UPDATE articles SET title = ? WHERE id = ?")
                .params("Chợ nổi Cái Mơn họp suốt đêm rằm", id)
                .update();
        assertThat(ids(api("dem ram", 1))).doesNotContain(id);

        indexer.synchronize();

        assertThat(ids(api("dem ram", 1))).contains(id);
    }

    @Test
    void theApiFiltersBySectionAndDaysAndSortsByDate() throws Exception {
        Section first = sections.all().get(0);
        Section other = sections.all().get(1);
        long old = publish(ArticleBuilder.article("Đua thuyền rồng trên sông Cầu Vàng")
                .section(first.id())
                .publishedAt(Instant.parse("2016-06-09T01:00:00Z")));
        long recent = publish(ArticleBuilder.article("Thuyền rồng Cầu Vàng về nhất giải đua")
                .section(first.id())
                .publishedAt(Instant.parse("2017-02-13T18:30:00Z"))); // 14-02-2017, 01:30 in Vietnam
        long elsewhere = publish(ArticleBuilder.article("Đóng thuyền rồng ở làng Cầu Vàng")
                .section(other.id())
                .publishedAt(Instant.parse("2017-02-14T02:00:00Z")));

        assertThat(ids(api("thuyen rong cau vang", 1))).containsExactlyInAnyOrder(old, recent, elsewhere);
        assertThat(ids(api("thuyen rong cau vang", "&section=" + other.slug()))).containsExactly(elsewhere);
        assertThat(ids(api("thuyen rong cau vang", "&from=2017-02-14&to=2017-02-14")))
                .containsExactlyInAnyOrder(recent, elsewhere);
        assertThat(ids(api("thuyen rong cau vang", "&to=2017-02-13"))).containsExactly(old);
        assertThat(ids(api("thuyen rong cau vang", "&sort=date"))).containsExactly(elsewhere, recent, old);
        JsonNode item = api("thuyen rong cau vang", "&section=" + other.slug())
                .get("items")
                .get(0);
        assertThat(item.get("section").asString()).isEqualTo(other.slug());
        assertThat(item.get("publishedAt").asString()).isEqualTo("2017-02-14T09:00:00+07:00");
    }

    @Test
    void theSearchPageFiltersTooAndItsPagesKeepTheFilters() throws Exception {
        Section section = sections.all().get(1);
        for (int i = 1; i <= 11; i++) {
            publish(ArticleBuilder.article("Giải cầu lông Hoa Phượng, trận " + i)
                    .section(section.id()));
        }
        publish(ArticleBuilder.article("Giải cầu lông Hoa Phượng ở chuyên mục khác")
                .section(sections.all().get(0).id()));

        String html = get("/tim-kiem?q=" + encode("cau long hoa phuong") + "&chuyen-muc=" + section.slug()
                        + "&sap-xep=moi-nhat")
                .body();

        assertThat(html).contains("<strong>11</strong> kết quả cho").contains("Lọc kết quả");
        assertThat(html)
                .contains("href=\"/tim-kiem?q=cau+long+hoa+phuong&amp;chuyen-muc=" + section.slug()
                        + "&amp;sap-xep=moi-nhat&amp;trang=2\"");
        assertThat(html).contains("<option value=\"" + section.slug() + "\" selected>");
        assertThat(html).doesNotContain("ở chuyên mục khác");
        assertThat(html.indexOf("trận 11")).isLessThan(html.indexOf("trận 10"));
    }

    @Test
    void aMarkedWordFindsNoLookAlikeOnThePage() throws Exception {
        long name = publish(ArticleBuilder.article("Ông Trần Văn Dướng nhận giải thưởng sáng tạo"));
        long road = publish(ArticleBuilder.article("Trần đường hầm Văn Thánh được gia cố"));

        assertThat(ids(api("Trần Văn Dướng", 1))).containsExactly(name);
        assertThat(ids(api("tran van duong", 1))).contains(name, road);
        assertThat(get("/tim-kiem?q=" + encode("Trần Văn Dướng")).body()).contains("<strong>1</strong> kết quả cho");
    }

    @Test
    void aMistypedSearchSuggestsTheWordsOfThePaper() throws Exception {
        publish(ArticleBuilder.article("Lễ hội hoa tam giác mạch Đồng Văn mở màn"));

        String html = get("/tim-kiem?q=" + encode("tam giác mạcch")).body();

        assertThat(html).contains("Không tìm thấy kết quả").contains("Có phải bạn muốn tìm:");
        assertThat(html).contains("<a href=\"/tim-kiem?q=tam+gi%C3%A1c+m%E1%BA%A1ch\">tam giác mạch</a>");
        assertThat(api("tam giác mạcch", 1).get("suggestion").asString()).isEqualTo("tam giác mạch");
        assertThat(api("tam giác mạch", 1).get("suggestion").isNull()).isTrue();
    }

    @Test
    void aMistypedSearchWithoutMarksIsSuggestedWithTheMarksTheRestorerPuts() {
        // the demo articles' words; the restorer learns them in the background at start-up
        Awaitility.await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
            JsonNode found = api("chu dongg phuong an truoc mua mua lu", 1);
            assertThat(found.get("total").asLong()).isZero();
            assertThat(found.get("suggestion").asString()).isEqualTo("chủ động phương án trước mùa mưa lũ");
        });
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "&section=khong-co | Không có chuyên mục \"khong-co\". | There is no section \"khong-co\".",
                "&from=14-02-2017 | Tham số from phải là một ngày | The from parameter must be a day",
                "&sort=views | Tham số sort chỉ nhận relevance hoặc date | The sort parameter takes relevance or date"
            })
    void aFilterTheApiCannotReadIsAProblemInTheCallersLanguage(String filter, String vietnamese, String english)
            throws Exception {
        HttpResponse<String> response = get("/api/v1/search?q=lua" + filter.replace(" ", ""));
        HttpResponse<String> inEnglish = get("/api/v1/search?lang=en&q=lua" + filter.replace(" ", ""));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(json.readTree(response.body()).get("detail").asString()).startsWith(vietnamese);
        assertThat(json.readTree(response.body()).get("title").asString()).isEqualTo("Yêu cầu tìm kiếm không hợp lệ");
        assertThat(json.readTree(inEnglish.body()).get("detail").asString()).startsWith(english);
    }

    private long publish(ArticleBuilder article) throws Exception {
        long id = newsroom.published(article.sapo("Tin của phóng viên.")
                        .body("<p>Nội dung đang cập nhật.</p>")
                        .byline("PV")
                        .tags())
                .id();
        indexer.awaitIdle();
        return id;
    }

    private long publish(String title, String sapo, String bodyHtml) throws Exception {
        long id = newsroom.published(ArticleBuilder.article(title)
                        .sapo(sapo)
                        .body(bodyHtml)
                        .byline("PV")
                        .tags())
                .id();
        indexer.awaitIdle();
        return id;
    }

    private JsonNode api(String q, int page) throws IOException, InterruptedException {
        return api(q, "&page=" + page);
    }

    private JsonNode api(String q, String parameters) throws IOException, InterruptedException {
        HttpResponse<String> response = get("/api/v1/search?q=" + encode(q) + parameters);
        assertThat(response.statusCode()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/html,application/json;q=0.9,*/*;q=0.8")
                .GET()
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static List<Long> ids(JsonNode found) {
        return StreamSupport.stream(found.get("items").spliterator(), false)
                .map(item -> item.get("id").asLong())
                .toList();
    }

    private static List<String> names(JsonNode node) {
        return node.properties().stream().map(Map.Entry::getKey).collect(Collectors.toList());
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
