package vn.toasoan.masthead;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.toasoan.accounts.Role;
import vn.toasoan.articles.PageImporter;
import vn.toasoan.newsroom.Newsroom;
import vn.toasoan.newsroom.NewsroomClient;
import vn.toasoan.support.Http;
import vn.toasoan.support.ToaSoanIntegrationTest;

/** The paper's legal masthead, as an administrator sets it and as every reader page's footer shows it. */
@ToaSoanIntegrationTest
class MastheadIntegrationTests {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String LICENCE = "số 88/GP-BTTTT do Bộ Thông tin và Truyền thông cấp ngày 12-03-2024";

    @LocalServerPort
    int port;

    @Autowired
    Newsroom newsroom;

    @Autowired
    PageImporter importer;

    Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        newsroom.staff();
    }

    /** As a fresh installation has it, for the tests that come after. */
    @AfterEach
    void blankAgain() {
        put(Newsroom.ADMIN, "{\"siteName\": \"Tòa Soạn\"}");
    }

    @Test
    void aFreshFooterSaysWhatTheAdministratorMustFillInAndInventsNothing() {
        put(Newsroom.ADMIN, "{\"siteName\": \"Tòa Soạn\"}");

        Document home = http.page("/");

        String footer = home.selectFirst("footer.footer").text();
        assertThat(footer)
                .contains("Chân trang chưa có đủ thông tin bắt buộc")
                .contains("cơ quan chủ quản", "giấy phép", "tổng biên tập", "địa chỉ", "điện thoại", "e-mail")
                .contains("Cài đặt → Thông tin tòa soạn")
                .doesNotContainPattern("GP-|[Ss]ố \\d+/");
        assertThat(home.select("footer .footer__masthead dt")).isEmpty();
    }

    @Test
    void onceTheLicenceIsSetEveryReaderPageCarriesItInItsFooter() throws Exception {
        String article = importSample();
        var saved = put(Newsroom.ADMIN, """
                {"siteName": "Báo Sông Lam", "governingBody": "Tỉnh ủy Sông Lam", "licence": "%s",
                 "editorInChief": "Nguyễn Văn Bình", "deputies": "Trần Thị Hoa, Lê Quang Minh",
                 "address": "12 Trần Hưng Đạo, phường Vĩnh Ninh, TP Vĩnh Lam", "phone": "(0238) 3.844.555",
                 "email": "toasoan@baosonglam.vn", "hotline": "0912 345 678",
                 "advertising": "Phòng Quảng cáo: 0238 3.845.666"}""".formatted(LICENCE));
        assertThat(saved.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(saved.body()).get("licence").asString()).isEqualTo(LICENCE);

        for (String path : List.of(
                "/",
                "/thoi-su",
                article,
                "/the/giao-thong",
                "/tim-kiem?q=c%E1%BA%A7u",
                "/rss",
                "/lien-he",
                "/khong-co-trang-nay")) {
            var response = http.get(path);
            Document page = Jsoup.parse(response.body());
            assertThat(page.select("footer .footer__licence").text()).as(path).isEqualTo(LICENCE);
            assertThat(page.selectFirst("footer").text())
                    .as(path)
                    .contains(
                            "Cơ quan chủ quản: Tỉnh ủy Sông Lam",
                            "Tổng biên tập: Nguyễn Văn Bình",
                            "Phó Tổng biên tập: Trần Thị Hoa, Lê Quang Minh",
                            "Đường dây nóng: 0912 345 678",
                            "Liên hệ quảng cáo: Phòng Quảng cáo")
                    .doesNotContain("chưa có đủ thông tin");
        }
        Document home = http.page("/");
        assertThat(home.selectFirst(".masthead__name").text()).isEqualTo("Báo Sông Lam");
        assertThat(home.title()).startsWith("Báo Sông Lam");
        assertThat(home.select("footer a[href^=tel:]").eachAttr("href")).contains("tel:02383844555");
        assertThat(http.get("/rss.xml").body()).contains("<title>Báo Sông Lam</title>");
    }

    @Test
    void theApiRefusesInvalidFieldsAllAtOnceAndOnlyAdministratorsMayUseIt() throws Exception {
        var invalid = put(
                Newsroom.ADMIN,
                "{\"siteName\": \"  \", \"email\": \"khong-phai-email\", \"phone\": \"gọi tôi\","
                        + " \"licence\": \"số 1/GP\"}");

        assertThat(invalid.statusCode()).isEqualTo(422);
        assertThat(invalid.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        JsonNode problem = JSON.readTree(invalid.body());
        assertThat(problem.get("errors").propertyNames()).containsExactlyInAnyOrder("siteName", "email", "phone");
        assertThat(problem.get("errors").get("email").asString()).contains("E-mail chưa đúng");

        var reporter = newsroom.account(Role.REPORTER);
        assertThat(newsroom.api("GET", "/api/v1/settings/masthead", reporter, null)
                        .statusCode())
                .isEqualTo(403);
        assertThat(newsroom.api("GET", "/api/v1/settings/masthead", null, null, null, null)
                        .statusCode())
                .isEqualTo(401);
        var read = newsroom.api("GET", "/api/v1/settings/masthead", newsroom.account(Role.ADMIN), null);
        assertThat(JSON.readTree(read.body()).propertyNames())
                .containsExactlyInAnyOrder(
                        "siteName",
                        "governingBody",
                        "licence",
                        "editorInChief",
                        "deputies",
                        "address",
                        "phone",
                        "email",
                        "hotline",
                        "advertising");
        assertThat(http.get("/api/v1/openapi").body()).contains("/api/v1/settings/masthead");
    }

    @Test
    void theFaviconTheAppIconsAndTheManifestAlwaysAnswerAndFollowAnUploadedIcon() throws Exception {
        var favicon = bytes("/favicon.ico");
        assertThat(favicon.statusCode()).isEqualTo(200);
        assertThat(favicon.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("image/x-icon");
        ByteBuffer ico = ByteBuffer.wrap(favicon.body()).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(ico.getShort(2)).as("an icon file").isEqualTo((short) 1);
        assertThat(ico.getShort(4)).as("images in it").isEqualTo((short) 3);
        assertThat(image("/apple-touch-icon.png").getWidth()).isEqualTo(180);
        assertThat(image("/icon-192.png").getWidth()).isEqualTo(192);
        assertThat(image("/icon-512.png").getHeight()).isEqualTo(512);
        JsonNode manifest = JSON.readTree(http.get("/manifest.webmanifest").body());
        assertThat(manifest.get("start_url").asString()).isEqualTo("/");
        assertThat(manifest.get("icons").findValuesAsString("sizes")).containsExactly("192x192", "512x512");
        Document home = http.page("/");
        assertThat(home.select("link[rel=manifest]").attr("href")).isEqualTo("/manifest.webmanifest");
        assertThat(home.select("link[rel=apple-touch-icon]").attr("href")).startsWith("/apple-touch-icon.png?v=");

        var admin = NewsroomClient.loggedIn(port, Newsroom.ADMIN, Newsroom.PASSWORD);
        var uploaded = admin.submitMultipart(
                "/toa-soan/cai-dat/thong-tin-bao/bieu-tuong", Map.of(), "file", "bieu-tuong.png", "image/png", png());
        assertThat(uploaded.statusCode()).isEqualTo(302);
        try {
            BufferedImage icon = image("/icon-512.png");
            assertThat(icon.getRGB(256, 256) & 0xffffff)
                    .as("the uploaded icon's green")
                    .isEqualTo(0x2e7d32);
            assertThat(bytes("/favicon.ico").body()).isNotEqualTo(favicon.body());
            assertThat(http.page("/").select("link[rel=icon]").first().attr("href"))
                    .isNotEqualTo(home.select("link[rel=icon]").first().attr("href"));
        } finally {
            admin.submit("/toa-soan/cai-dat/thong-tin-bao/bieu-tuong/xoa", Map.of());
        }
        assertThat(image("/icon-512.png").getRGB(256, 256) & 0xffffff).isNotEqualTo(0x2e7d32);
    }

    @Test
    void anAdministratorFillsTheMastheadInTheNewsroomAndAMistakeComesBackWithWhatWasTyped() {
        var admin = NewsroomClient.loggedIn(port, Newsroom.ADMIN, Newsroom.PASSWORD);
        assertThat(admin.page("/toa-soan/cai-dat").select("a[href=/toa-soan/cai-dat/thong-tin-bao]"))
                .isNotEmpty();

        var wrong = admin.submit(
                "/toa-soan/cai-dat/thong-tin-bao",
                Map.of("siteName", "Báo Sông Lam", "governingBody", "Tỉnh ủy Sông Lam", "email", "sai@"));
        assertThat(wrong.statusCode()).isEqualTo(422);
        Document page = Jsoup.parse(wrong.body());
        assertThat(page.select("#masthead-governingBody").attr("value")).isEqualTo("Tỉnh ủy Sông Lam");
        assertThat(page.select("#masthead-email-error").text()).contains("E-mail chưa đúng");

        var right = admin.submit(
                "/toa-soan/cai-dat/thong-tin-bao",
                Map.of("siteName", "Báo Sông Lam", "governingBody", "Tỉnh ủy Sông Lam", "licence", LICENCE));
        assertThat(right.statusCode()).isEqualTo(302);
        assertThat(http.page("/thoi-su").select(".footer__licence").text()).isEqualTo(LICENCE);
        assertThat(admin.page("/toa-soan/nhat-ky").text()).contains("Sửa thông tin tòa soạn");
    }

    private HttpResponse<String> put(String admin, String json) {
        return newsroom.api("PUT", "/api/v1/settings/masthead", admin, Newsroom.PASSWORD, json, null);
    }

    private HttpResponse<byte[]> bytes(String path) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(http.url(path))).build(),
                        HttpResponse.BodyHandlers.ofByteArray());
    }

    private BufferedImage image(String path) throws Exception {
        var response = bytes(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow())
                .as(path)
                .isEqualTo("image/png");
        return ImageIO.read(new ByteArrayInputStream(response.body()));
    }

    private static byte[] png() throws Exception {
        var image = new BufferedImage(600, 400, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(new java.awt.Color(0x2e7d32));
        g.fillRect(0, 0, 600, 400);
        g.dispose();
        var out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private String importSample() throws Exception {
        Path file = Files.createTempFile("trang-", ".txt");
        try (var in = getClass().getResourceAsStream("/pages/bai-mau-hoi-nghi.txt")) {
            Files.write(file, in.readAllBytes());
        }
        return importer.importFiles(List.of(file), null).get(0).path();
    }
}
