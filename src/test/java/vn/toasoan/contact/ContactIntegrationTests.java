package vn.toasoan.contact;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.toasoan.comments.CommentPages;
import vn.toasoan.newsroom.Newsroom;
import vn.toasoan.newsroom.NewsroomClient;
import vn.toasoan.support.MutableClock;
import vn.toasoan.support.ToaSoanIntegrationTest;

/** A reader writes to the newsroom from /lien-he; an editor reads the letter and marks it handled. */
@ToaSoanIntegrationTest
class ContactIntegrationTests {

    private static final AtomicInteger ADDRESSES = new AtomicInteger(10);
    private static final HttpClient CLIENT =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    @Autowired
    Newsroom newsroom;

    @Autowired
    CommentPages commentPages;

    /** Each test's reader comes from an address of their own, so that no other test's letters count against them. */
    String address;

    String email;

    @BeforeEach
    void newReader() {
        address = "198.51.100." + ADDRESSES.incrementAndGet();
        email = "thanh.le." + ADDRESSES.get() + "@example.vn";
        newsroom.staff();
    }

    @Test
    void aLetterReachesTheNewsroomWhereAnEditorMarksItHandled() throws Exception {
        Document page = get("/lien-he");
        assertThat(page.select("h1").text()).isEqualTo("Liên hệ với tòa soạn");
        assertThat(page.select("form.contact-form input[name=website]")).hasSize(1);
        String subject =
                "Đường ngập ở phường Vĩnh Ninh " + UUID.randomUUID().toString().substring(0, 6);

        var sent = post(
                letter(token(page), subject, "Ngõ 12 đường Trần Phú ngập sâu sau mỗi trận mưa, mong báo phản ánh."));

        assertThat(sent.statusCode()).isEqualTo(303);
        assertThat(sent.headers().firstValue("Location").orElseThrow()).isEqualTo("/lien-he?da-gui");
        assertThat(get("/lien-he?da-gui").select(".contact__sent").text()).contains("Tòa soạn đã nhận thư");

        var editor = NewsroomClient.loggedIn(port, Newsroom.EDITOR, Newsroom.PASSWORD);
        assertThat(editor.page("/toa-soan").select("nav a[href=/toa-soan/thu-ban-doc]"))
                .isNotEmpty();
        Document inbox = editor.page("/toa-soan/thu-ban-doc");
        var letter = inbox.select("article.nr-letter").stream()
                .filter(a -> a.text().contains(subject))
                .findFirst()
                .orElseThrow();
        assertThat(letter.text()).contains("Ngõ 12 đường Trần Phú ngập sâu", "Lê Văn Thành", email);
        String action = letter.selectFirst("form").attr("action");

        assertThat(editor.submit(action, Map.of()).statusCode()).isEqualTo(302);
        assertThat(editor.page("/toa-soan/thu-ban-doc").text()).doesNotContain(subject);
        assertThat(editor.page("/toa-soan/thu-ban-doc?da-xu-ly=true").text())
                .contains(subject, "Đã xử lý bởi " + Newsroom.EDITOR);
        var reporter = NewsroomClient.loggedIn(port, Newsroom.REPORTER, Newsroom.PASSWORD);
        assertThat(reporter.get("/toa-soan/thu-ban-doc").statusCode()).isEqualTo(403);
    }

    @Test
    void everyProblemComesBackAtOnceWithWhatTheReaderTyped() throws Exception {
        Document page = get("/lien-he");

        var refused = post(Map.of(
                "name", "",
                "email", "khong-phai-email",
                "phone", "gọi tôi nhé",
                "subject", "Hỏi",
                "message", "Ngắn",
                "website", "",
                "token", token(page)));

        assertThat(refused.statusCode()).isEqualTo(422);
        Document shown = Jsoup.parse(refused.body());
        assertThat(shown.select("#contact-name-error").text()).contains("họ và tên");
        assertThat(shown.select("#contact-email-error").text()).contains("E-mail chưa đúng");
        assertThat(shown.select("#contact-phone-error").text()).isNotBlank();
        assertThat(shown.select("#contact-message-error").text()).contains("ít nhất 10 ký tự");
        assertThat(shown.select("#contact-email").attr("value")).isEqualTo("khong-phai-email");
        assertThat(shown.select("#contact-subject").attr("value")).isEqualTo("Hỏi");
        assertThat(shown.select("[role=alert]").text()).contains("Vui lòng sửa các mục");
    }

    @Test
    void theCommentFormsDefencesHoldTheContactFormToo() throws Exception {
        // a token whose window turns between the page and the letter is old enough already
        commentPages.awaitFreshFormToken();
        Document page = get("/lien-he");
        String token = page.select("form.contact-form input[name=token]").attr("value");
        String message = "Tôi muốn góp ý về chuyên mục Giáo dục của báo, mong tòa soạn xem xét.";

        var tooFast = post(letter(token, "Góp ý", message));
        assertThat(tooFast.statusCode()).isEqualTo(429);
        assertThat(Jsoup.parse(tooFast.body()).select("[role=alert]").text()).contains("Bạn gửi nhanh quá");

        clock.advance(Duration.ofSeconds(5));
        var trapped = post(with(letter(token, "Góp ý", message), "website", "http://spam.example"));
        assertThat(trapped.statusCode()).as("a robot is not told").isEqualTo(303);

        var first = post(letter(token, "Góp ý", message));
        assertThat(first.statusCode()).isEqualTo(303);
        var again = post(letter(token, "Góp ý", message));
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(Jsoup.parse(again.body()).text()).contains("Bạn vừa gửi thư này");
        var soon = post(letter(token, "Một ý khác", "Xin hỏi tòa soạn có nhận cộng tác viên ở huyện Hòa Sơn không?"));
        assertThat(soon.statusCode()).isEqualTo(429);
        assertThat(Jsoup.parse(soon.body()).text()).contains("Vui lòng chờ");

        var editor = NewsroomClient.loggedIn(port, Newsroom.EDITOR, Newsroom.PASSWORD);
        long letters = editor.page("/toa-soan/thu-ban-doc").select("article.nr-letter").stream()
                .filter(a -> a.text().contains(message))
                .count();
        assertThat(letters)
                .as("the trapped, repeated and hurried letters are not kept")
                .isEqualTo(1);
    }

    private Map<String, String> letter(String token, String subject, String message) {
        var fields = new LinkedHashMap<String, String>();
        fields.put("name", "Lê Văn Thành");
        fields.put("email", email);
        fields.put("phone", "0912 345 678");
        fields.put("subject", subject);
        fields.put("message", message);
        fields.put("website", "");
        fields.put("token", token);
        return fields;
    }

    private static Map<String, String> with(Map<String, String> fields, String name, String value) {
        var copy = new LinkedHashMap<>(fields);
        copy.put(name, value);
        return copy;
    }

    /** The page's token, once the time a reader takes over the form has passed on the application's clock. */
    private String token(Document page) {
        String token = page.select("form.contact-form input[name=token]").attr("value");
        assertThat(token).isNotBlank();
        clock.advance(Duration.ofSeconds(4));
        return token;
    }

    private Document get(String path) throws Exception {
        var response = CLIENT.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("X-Forwarded-For", address)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return Jsoup.parse(response.body());
    }

    private HttpResponse<String> post(Map<String, String> fields) throws Exception {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return CLIENT.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/lien-he"))
                        .header("X-Forwarded-For", address)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
