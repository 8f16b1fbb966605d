package vn.toasoan.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import vn.toasoan.articles.PageImporter;
import vn.toasoan.platform.VietnamTime;
import vn.toasoan.sections.Section;
import vn.toasoan.sections.Sections;
import vn.toasoan.support.Http;
import vn.toasoan.support.ToaSoanIntegrationTest;

/** Feeds a reader can use, the page that lists them, and the small things readers notice. */
@ToaSoanIntegrationTest
class FeedsIntegrationTests {

    static final String ATOM = "http://www.w3.org/2005/Atom";
    static final String MEDIA = "http://search.yahoo.com/mrss/";

    @LocalServerPort
    int port;

    @Autowired
    Sections sections;

    @Autowired
    PageImporter importer;

    Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
    }

    @Test
    void theSiteFeedIsRss2WithItsSelfLinkBuildDatePhotosAndAStylesheetForBrowsers() throws Exception {
        var response = http.get("/rss.xml");
        // XML, which a browser renders through the stylesheet; readers' apps read it whatever the type
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/xml");
        assertThat(response.body())
                .containsPattern("^<\\?xml[^>]*\\?><\\?xml-stylesheet type=\"text/xsl\" href=\"/rss\\.xsl\\?v=");
        var rss = xml(response.body()).getDocumentElement();

        assertThat(rss.getTagName()).isEqualTo("rss");
        assertThat(rss.getAttribute("version")).isEqualTo("2.0");
        Element channel = child(rss, "channel");
        for (String required : List.of("title", "link", "description")) {
            assertThat(text(channel, required)).as(required).isNotBlank();
        }
        ZonedDateTime built = ZonedDateTime.parse(text(channel, "lastBuildDate"), DateTimeFormatter.RFC_1123_DATE_TIME);
        Element self = (Element) channel.getElementsByTagNameNS(ATOM, "link").item(0);
        assertThat(self.getAttribute("rel")).isEqualTo("self");
        assertThat(self.getAttribute("href")).isEqualTo(http.url("/rss.xml"));
        assertThat(self.getAttribute("type")).isEqualTo("application/rss+xml");

        NodeList items = channel.getElementsByTagName("item");
        assertThat(items.getLength()).isGreaterThanOrEqualTo(30);
        int photos = 0;
        for (int i = 0; i < items.getLength(); i++) {
            Element item = (Element) items.item(i);
            assertThat(text(item, "guid")).isEqualTo(text(item, "link"));
            ZonedDateTime published = ZonedDateTime.parse(text(item, "pubDate"), DateTimeFormatter.RFC_1123_DATE_TIME);
            assertThat(published).isBeforeOrEqualTo(built);
            NodeList media = item.getElementsByTagNameNS(MEDIA, "content");
            if (media.getLength() > 0) {
                Element photo = (Element) media.item(0);
                assertThat(photo.getAttribute("url"))
                        .startsWith(http.url("/media/"))
                        .endsWith(".jpg");
                assertThat(photo.getAttribute("type")).isEqualTo("image/jpeg");
                assertThat(Integer.parseInt(photo.getAttribute("width"))).isPositive();
                assertThat(http.get(photo.getAttribute("url")
                                        .substring(http.url("").length()))
                                .statusCode())
                        .isEqualTo(200);
                photos++;
            }
        }
        assertThat(photos).as("items with their lead photo").isPositive();

        var stylesheet = http.get("/rss.xsl");
        assertThat(stylesheet.statusCode()).isEqualTo(200);
        assertThat(stylesheet.headers().firstValue("Content-Type").orElseThrow())
                .contains("xml");
    }

    @Test
    void aSectionFeedLinksToItselfAndTheFeedsPageListsEveryFeedWithWhatItIsFor() throws Exception {
        var channel = child(xml(http.get("/rss/kinh-te.xml").body()).getDocumentElement(), "channel");
        assertThat(((Element) channel.getElementsByTagNameNS(ATOM, "link").item(0)).getAttribute("href"))
                .isEqualTo(http.url("/rss/kinh-te.xml"));

        Document page = http.page("/rss");

        assertThat(page.select("h1").text()).isEqualTo("Nguồn tin RSS");
        assertThat(page.select(".feeds__intro").text()).contains("ứng dụng đọc tin");
        List<String> feeds = page.select(".feeds__name a").eachAttr("href");
        assertThat(feeds).first().isEqualTo("/rss.xml");
        for (Section section : sections.all()) {
            assertThat(feeds).contains("/rss/" + section.slug() + ".xml");
        }
        assertThat(page.select(".feeds__url code").eachText()).contains(http.url("/rss/kinh-te.xml"));
        assertThat(http.page("/kinh-te")
                        .select("link[rel=alternate][type=application/rss+xml]")
                        .eachAttr("href"))
                .containsExactly("/rss.xml", "/rss/kinh-te.xml");
        assertThat(http.page("/").select("footer a[href=/rss]")).hasSize(1);
    }

    @Test
    void aReaderPageWithATrailingSlashMovesToItsAddressWithout() {
        var section = http.get("/giao-duc/");
        assertThat(section.statusCode()).isEqualTo(301);
        assertThat(section.headers().firstValue("Location").orElseThrow()).isEqualTo("/giao-duc");
        assertThat(http.get("/giao-duc/?trang=2")
                        .headers()
                        .firstValue("Location")
                        .orElseThrow())
                .isEqualTo("/giao-duc?trang=2");
        assertThat(http.get("/lien-he//").headers().firstValue("Location").orElseThrow())
                .isEqualTo("/lien-he");
        assertThat(http.get("//example.com/").headers().firstValue("Location").orElseThrow())
                .as("never an address on another site")
                .isEqualTo("/example.com");
        assertThat(http.get("/giao-duc").statusCode()).isEqualTo(200);
        assertThat(http.get("/").statusCode()).isEqualTo(200);
    }

    @Test
    void eachPageHasOneWayBackToTheTopAndTheMastheadDateReadsAsAPaperPrintsIt() throws Exception {
        Path file = Files.createTempFile("trang-", ".txt");
        try (var in = getClass().getResourceAsStream("/pages/bai-mau-the-thao.txt")) {
            Files.write(file, in.readAllBytes());
        }
        String article = importer.importFiles(List.of(file), null).get(0).path();

        for (String path : List.of("/", "/thoi-su", article, "/rss", "/lien-he")) {
            Document page = http.page(path);
            assertThat(page.select("a:contains(Quay lên trên)")).as(path).hasSize(1);
            assertThat(page.select(".masthead__date").text())
                    .as(path)
                    .matches("(Thứ (hai|ba|tư|năm|sáu|bảy)|Chủ nhật), \\d{2}-\\d{2}-\\d{4}");
            assertThat(page.select(".masthead__sep").text()).isEqualTo("|");
        }
    }

    @Test
    void demoArticlesThatSayWhichDayItIsAreDatedThatDay() throws Exception {
        NodeList items = xml(http.get("/rss.xml").body()).getElementsByTagName("item");
        Pattern today = Pattern.compile("(?:Sáng|Chiều|Tối) nay \\((\\d{1,2}-\\d{1,2})\\)");
        List<String> checked = new ArrayList<>();
        for (int i = 0; i < items.getLength(); i++) {
            Element item = (Element) items.item(i);
            Matcher named = today.matcher(text(item, "description"));
            if (named.find()) {
                var published = ZonedDateTime.parse(text(item, "pubDate"), DateTimeFormatter.RFC_1123_DATE_TIME)
                        .withZoneSameInstant(VietnamTime.ZONE);
                assertThat(named.group(1))
                        .as(text(item, "title"))
                        .isEqualTo(published.getDayOfMonth() + "-" + published.getMonthValue());
                checked.add(named.group(1));
            }
        }
        assertThat(checked).hasSizeGreaterThanOrEqualTo(5);
    }

    private static Element child(Element parent, String name) {
        return (Element) parent.getElementsByTagName(name).item(0);
    }

    private static String text(Element parent, String name) {
        return parent.getElementsByTagName(name).item(0).getTextContent();
    }

    private static org.w3c.dom.Document xml(String body) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
    }
}
