package vn.toasoan.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;
import vn.toasoan.articles.Articles;
import vn.toasoan.articles.NewArticle;
import vn.toasoan.articles.PageImporter;
import vn.toasoan.media.MediaStore;
import vn.toasoan.newsroom.Newsroom;
import vn.toasoan.sections.Section;
import vn.toasoan.sections.Sections;
import vn.toasoan.support.ArticleBuilder;
import vn.toasoan.support.Http;
import vn.toasoan.support.ToaSoanIntegrationTest;
import vn.toasoan.vietnamese.VietnameseText;

@ToaSoanIntegrationTest
class ReaderSiteIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    PageImporter importer;

    @Autowired
    Articles articles;

    @Autowired
    Sections sections;

    @Autowired
    Newsroom newsroom;

    @Autowired
    MediaStore media;

    Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
    }

    @Test
    void theHomePageOpensWithALeadStoryTheLatestSectionsAndMostRead() {
        Document home = http.page("/");

        assertThat(home.select(".lead-story h1 a").attr("href")).matches("/[a-z0-9-]+-\\d+\\.html");
        assertThat(home.select(".latest .card")).hasSizeGreaterThanOrEqualTo(4);
        assertThat(home.select(".section-block h2").eachText()).contains("Thời sự", "Kinh tế", "Thể thao");
        assertThat(home.select(".most-read h2").text()).isEqualTo("Đọc nhiều");
        assertThat(home.select(".most-read li")).isNotEmpty();
        assertThat(home.select("nav.sections a").eachText()).contains("Trang chủ", "Văn hóa");
        // other tests publish too, some with photos too small for more than one width
        assertThat(home.select("img[srcset]").eachAttr("srcset"))
                .anySatisfy(srcset -> assertThat(srcset).contains("320w", "640w"));
    }

    @Test
    void theArticlePageShowsEverythingTheSamplePageShows() throws Exception {
        String path = importPage("bai-mau-hoi-nghi.txt");

        Document page = http.page(path);

        assertThat(page.select("h1")).hasSize(1);
        assertThat(page.selectFirst("h1").text()).startsWith("Tỉnh ủy Sông Lam: Sơ kết 5 năm");
        assertThat(page.title()).startsWith("Tỉnh ủy Sông Lam: Sơ kết 5 năm");
        Element time = page.selectFirst("time.article__updated");
        assertThat(time.text()).isEqualTo("Cập nhật: 21-03-2018 | 08:15:42");
        assertThat(time.attr("datetime")).isEqualTo("2018-03-21T08:15:42+07:00");
        assertThat(page.selectFirst(".article__sapo").text()).isNotBlank();
        Element figure = page.selectFirst("figure");
        assertThat(figure.selectFirst("figcaption").text())
                .endsWith("Ảnh: T.HÙNG")
                .doesNotStartWith("Ảnh");
        assertThat(page.select(".article__body p")).hasSize(6);
        assertThat(page.selectFirst(".article__byline").text()).isEqualTo("LÊ THU HÙNG");
        assertThat(page.select("a[href^=https://www.facebook.com/sharer]")).hasSize(1);
        assertThat(page.select("a[href^=https://sp.zalo.me/share]")).hasSize(1);
        assertThat(page.select("[data-copy]").attr("data-copy")).endsWith(path);
        assertThat(page.selectFirst(".article__views").text()).matches("Lượt xem: \\d+");
        assertThat(page.select("a[href=#top]").eachText()).contains("Quay lên trên");
        assertThat(page.select("#top")).hasSize(1);
        assertThat(page.select("meta[property=og:type]").attr("content")).isEqualTo("article");
        assertThat(page.select("meta[property=og:url]").attr("content")).isEqualTo(http.url(path));
        assertThat(page.select("meta[property=og:title]").attr("content"))
                .isEqualTo(page.selectFirst("h1").text());
        assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo(http.url(path));
        assertThat(page.body().text()).doesNotContain("Chia sẻ bài viết LƯU Ý", "hit counter", "Đính kèm File");

        var jsonLd = JsonMapper.builder()
                .build()
                .readTree(page.selectFirst("script[type=application/ld+json]").data());
        assertThat(jsonLd.get("@type").asString()).isEqualTo("NewsArticle");
        assertThat(jsonLd.get("headline").asString()).startsWith("Tỉnh ủy Sông Lam");
        assertThat(jsonLd.get("dateModified").asString()).isEqualTo("2018-03-21T08:15:42+07:00");
        assertThat(jsonLd.get("author").get("name").asString()).isEqualTo("LÊ THU HÙNG");
        String articleBody = jsonLd.get("articleBody").asString();
        assertThat(articleBody).as("the text Google News reads").doesNotContain("<");
        assertThat(page.select(".article__body > p").eachText())
                .isNotEmpty()
                .allSatisfy(paragraph -> assertThat(articleBody).contains(paragraph));
    }

    @Test
    void aPageWithoutAPhotoReadsAsTheSampleDoesWithoutAnEmptyFigure() {
        String path = importPage("bai-mau-the-thao.txt");

        Document page = http.page(path);

        assertThat(page.selectFirst("h1").text())
                .isEqualTo("Giải bóng đá U15 tỉnh Sông Lam: Đông Xuyên lần đầu lên ngôi vô địch sau loạt sút luân lưu");
        assertThat(page.selectFirst("time").text()).isEqualTo("Cập nhật: 02-09-2019 | 19:03:05");
        assertThat(page.select(".article__body figure, figcaption")).isEmpty();
        assertThat(page.select(".article__body p")).hasSize(6);
        assertThat(page.selectFirst(".article__byline").text()).isEqualTo("QUANG VINH");
    }

    @Test
    void aWrongSlugMovesPermanentlyToTheCanonicalAddress() {
        String path = importPage("bai-mau-the-thao.txt");
        String id = path.replaceAll(".*-(\\d+)\\.html", "$1");

        var response = http.get("/ten-cu-" + id + ".html");

        assertThat(response.statusCode()).isEqualTo(301);
        assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith(path);
    }

    @Test
    void missingPagesAnswerAVietnamese404() {
        for (String path : List.of("/khong-co-bai-nay-999999.html", "/chuyen-muc-khong-co", "/the/khong-co")) {
            var response = http.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.body()).as(path).contains("Không tìm thấy trang", "Về trang chủ");
        }
    }

    @Test
    void aSectionPagesThroughItsArticlesNewestFirst() {
        Section section = sections.create("Tư liệu " + System.nanoTime(), null, 90);
        Instant start = Instant.parse("2025-01-01T01:00:00Z");
        // the first page holds the lead and four featured stories above its twelve, the second page the rest
        for (int i = 1; i <= 20; i++) {
            newsroom.published(ArticleBuilder.article("Bài tư liệu số " + i)
                    .sapo("Tóm tắt bài số " + i + ".")
                    .section(section.id())
                    .publishedAt(start.plus(i, ChronoUnit.DAYS)));
        }

        Document first = http.page(section.url());
        Document second = http.page(section.url() + "?trang=2");

        assertThat(first.select(".lead-story__title").text()).isEqualTo("Bài tư liệu số 20");
        assertThat(first.select(".listing__main .card__title").eachText())
                .hasSize(16)
                .startsWith("Bài tư liệu số 19")
                .endsWith("Bài tư liệu số 4");
        assertThat(first.select("a[rel=next]").attr("href")).isEqualTo(section.url() + "?trang=2");
        assertThat(second.select(".listing__main .card__title").eachText())
                .containsExactly("Bài tư liệu số 3", "Bài tư liệu số 2", "Bài tư liệu số 1");
        assertThat(second.select("a[rel=prev]").attr("href")).isEqualTo(section.url());
        assertThat(second.select("link[rel=canonical]").attr("href")).isEqualTo(http.url(section.url() + "?trang=2"));
        assertThat(second.select("meta[property=og:url]").attr("content"))
                .isEqualTo(http.url(section.url() + "?trang=2"));
        assertThat(first.select("link[rel=canonical]").attr("href")).isEqualTo(http.url(section.url()));
        assertThat(second.title()).startsWith(section.name() + " - trang 2 - ");
        assertThat(http.page(section.url() + "?trang=2&lang=en").title()).startsWith(section.name() + " - page 2 - ");
    }

    @Test
    void relatedArticlesAreThoseOfTheSectionSharingMostTagsNewestFirstAmongEquals() {
        String suffix = " " + System.nanoTime();
        Section section = sections.create("Giao thông tỉnh" + suffix, null, 90);
        Section other = sections.create("Địa phương" + suffix, null, 90);
        String bridge = "Cầu mới" + suffix;
        String road = "Đường tỉnh" + suffix;
        Instant start = Instant.parse("2025-03-01T01:00:00Z");
        var read = newsroom.published(ArticleBuilder.article("Khánh thành cây cầu" + suffix)
                .section(section.id())
                .tags(bridge, road)
                .publishedAt(start));
        newsroom.published(ArticleBuilder.article("Cầu và đường cùng lúc" + suffix)
                .section(section.id())
                .tags(bridge, road)
                .publishedAt(start.minus(3, ChronoUnit.DAYS)));
        newsroom.published(ArticleBuilder.article("Chỉ nói về cầu" + suffix)
                .section(section.id())
                .tags(bridge)
                .publishedAt(start.minus(2, ChronoUnit.DAYS)));
        newsroom.published(ArticleBuilder.article("Tin khác trong mục" + suffix)
                .section(section.id())
                .tags("Chợ phiên" + suffix)
                .publishedAt(start.plus(1, ChronoUnit.DAYS)));
        newsroom.published(ArticleBuilder.article("Cầu và đường ở mục khác" + suffix)
                .section(other.id())
                .tags(bridge, road)
                .publishedAt(start.plus(2, ChronoUnit.DAYS)));

        assertThat(http.page(read.url()).select(".related .card__title").eachText())
                .containsExactly(
                        "Cầu và đường cùng lúc" + suffix, "Chỉ nói về cầu" + suffix, "Tin khác trong mục" + suffix);
    }

    @Test
    void everyArticleOfASectionAndOfATagIsListedOnceAcrossItsPagesNewestFirst() {
        String suffix = " " + System.nanoTime();
        Section section = sections.create("Lưu trữ đọc lại" + suffix, null, 90);
        String tag = "Chuyện làng" + suffix;
        Instant start = Instant.parse("2019-06-01T01:00:00Z");
        int total = 45;
        List<String> newestFirst = new java.util.ArrayList<>();
        for (int i = 1; i <= total; i++) {
            newsroom.published(ArticleBuilder.article("Chuyện làng kỳ " + i + suffix)
                    .section(section.id())
                    .tags(tag)
                    .publishedAt(start.plus(i, ChronoUnit.DAYS)));
            newestFirst.add(0, "Chuyện làng kỳ " + i + suffix);
        }

        List<String> bySection = new java.util.ArrayList<>();
        List<String> byTag = new java.util.ArrayList<>();
        for (int page = 1; page <= 4; page++) {
            Document sectionPage = http.page(section.url() + "?trang=" + page);
            bySection.addAll(sectionPage.select(".lead-story__title").eachText());
            bySection.addAll(sectionPage.select(".listing__main .card__title").eachText());
            byTag.addAll(http.page("/the/" + VietnameseText.slug(tag) + "?trang=" + page)
                    .select(".listing__main .card__title")
                    .eachText());
        }

        // the later pages are read from the oldest end: nothing is lost or repeated where the two ends meet
        assertThat(bySection).containsExactlyElementsOf(newestFirst);
        assertThat(byTag).containsExactlyElementsOf(newestFirst);
    }

    @Test
    void aTagPageIsHeadedInTheReadersLanguage() {
        assertThat(http.page("/the/giao-thong").select("h1").text()).isEqualTo("Thẻ: giao thông");
        assertThat(http.page("/the/giao-thong?lang=en").select("h1").text()).isEqualTo("Tag: giao thông");
    }

    @Test
    void aPagePastTheLastAnswersA404AndAnEmptySectionItsFirstPage() {
        Section section = sections.create("Lưu trữ " + System.nanoTime(), null, 91);

        assertThat(http.get(section.url()).statusCode()).isEqualTo(200);
        for (String path : List.of(section.url() + "?trang=2", "/thoi-su?trang=999", "/the/khong-co?trang=2")) {
            var response = http.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.body()).as(path).contains("Không tìm thấy trang");
        }
        var garbled = http.send(HttpRequest.newBuilder(URI.create(http.url("/thoi-su?trang=abc")))
                .header("Accept", "text/html")
                .build());
        assertThat(garbled.statusCode()).isEqualTo(400);
        assertThat(garbled.body()).contains("Yêu cầu không hợp lệ").doesNotContain("Exception");
    }

    @Test
    void feedsAndSitemapsListPublishedArticles() throws Exception {
        String path = importPage("bai-mau-hoi-nghi.txt");

        var rss = xml(http.get("/rss.xml").body());
        var sitemap = xml(http.get("/sitemap.xml").body());
        var news = http.get("/sitemap-news.xml");

        assertThat(rss.getElementsByTagName("item").getLength()).isGreaterThanOrEqualTo(30);
        assertThat(sitemap.getDocumentElement().getTextContent()).contains(http.url(path));
        assertThat(news.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/xml");
        var newsXml = xml(news.body());
        // the demo content of the last two days is news; the 2018 page is not
        assertThat(newsXml.getElementsByTagName("news:title").getLength()).isPositive();
        assertThat(newsXml.getDocumentElement().getTextContent()).doesNotContain(path);
        assertThat(http.get("/rss/kinh-te.xml").body()).contains("<category>Kinh tế</category>");
    }

    @Test
    void englishIsAvailableOnRequest() {
        Document english = http.page("/?lang=en");

        assertThat(english.select(".most-read h2").text()).isEqualTo("Most read");
        assertThat(english.select("html").attr("lang")).isEqualTo("en");
    }

    @Test
    void vietnameseTextIsMarkedVietnameseOnAnEnglishPage() {
        String path = importPage("bai-mau-hoi-nghi.txt");

        Document article = http.page(path + "?lang=en");
        Document home = http.page("/?lang=en");

        assertThat(article.select("html").attr("lang")).isEqualTo("en");
        for (String part : List.of("h1.article__title", ".article__sapo", ".article__body", ".article__byline")) {
            assertThat(article.selectFirst(part).attr("lang")).as(part).isEqualTo("vi");
        }
        assertThat(article.select(".most-read ol").attr("lang")).isEqualTo("vi");
        assertThat(home.selectFirst(".lead-story").attr("lang")).isEqualTo("vi");
        assertThat(home.select(".card").eachAttr("lang")).isNotEmpty().containsOnly("vi");
        assertThat(home.select("nav.sections a.sections__home").text()).isEqualTo("Home");
        assertThat(home.select("nav.sections li[lang=vi] a").eachText()).contains("Thời sự");
    }

    @Test
    void aPhotoWithoutCaptionOrCreditHasNoEmptyCaption() {
        Section section = sections.create("Ảnh " + System.nanoTime(), null, 92);
        var photo = media.store(new BufferedImage(800, 600, BufferedImage.TYPE_INT_RGB), "anh.jpg");
        long id = articles.publish(new NewArticle(
                section.id(),
                "Bài có ảnh không chú thích",
                "Tóm tắt.",
                "<p>Đoạn một.</p><p>Đoạn hai.</p>",
                "PV",
                List.of(),
                List.of(
                        new NewArticle.NewFigure(0, photo.id(), "", "", "Ảnh minh họa"),
                        new NewArticle.NewFigure(1, photo.id(), "", "T.HÙNG", "Ảnh minh họa"),
                        // a photo the importer named but could not fetch, with nothing to say about it
                        new NewArticle.NewFigure(2, null, "", "", "")),
                Instant.parse("2025-02-01T01:00:00Z"),
                Instant.parse("2025-02-01T01:00:00Z")));
        String path = http.get("/bai-" + id + ".html")
                .headers()
                .firstValue("Location")
                .orElseThrow()
                .replaceFirst("^https?://[^/]+", "");

        Document page = http.page(path);

        assertThat(page.select(".article__body figure")).hasSize(2);
        assertThat(page.select(".article__body figure").first().select("figcaption"))
                .isEmpty();
        assertThat(page.select(".article__body figcaption").eachText()).containsExactly("Ảnh: T.HÙNG");
    }

    private String importPage(String name) {
        try {
            Path file = Files.createTempFile("trang-", ".txt");
            try (var in = getClass().getResourceAsStream("/pages/" + name)) {
                Files.write(file, in.readAllBytes());
            }
            return importer.importFiles(List.of(file), null).get(0).path();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static org.w3c.dom.Document xml(String body) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
    }
}
