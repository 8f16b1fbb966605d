package vn.toasoan.comments;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.toasoan.media.PhonePhotos;
import vn.toasoan.newsroom.Newsroom;
import vn.toasoan.newsroom.NewsroomClient;
import vn.toasoan.storage.DataDirectory;
import vn.toasoan.support.ToaSoanIntegrationTest;

/** A reader's comment over real multipart HTTP, from the form to the page, through the newsroom's approval. */
@ToaSoanIntegrationTest
class CommentFlowIntegrationTests {

    static final String ARTICLE = "Tỉnh Sông Lam khởi công đường ven sông qua ba huyện";

    static final int TEN_MB = 10 * 1024 * 1024;

    @LocalServerPort
    int port;

    @Autowired
    Comments comments;

    @Autowired
    CommentPages pages;

    @Autowired
    DataDirectory dataDirectory;

    @Autowired
    Newsroom newsroom;

    @Autowired
    ApprovedImages approvedImages;

    @Autowired
    org.springframework.web.context.WebApplicationContext context;

    @Autowired
    jakarta.servlet.MultipartConfigElement multipartConfig;

    /** Where Tomcat and Spring would spool multipart parts: the server's own base and work folders. */
    Path tomcatBase() {
        var server = (org.springframework.boot.tomcat.TomcatWebServer)
                ((org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext) context)
                        .getWebServer();
        return server.getTomcat().getServer().getCatalinaBase().toPath();
    }

    CommentPages.ArticleForm article() {
        return pages.aged(ARTICLE);
    }

    @Test
    void aCommentWaitsForTheNewsroomThenAppearsAsEdited() throws Exception {
        var form = article();
        var reader = new ReaderClient(port);
        var sent = reader.post(
                "/binh-luan/" + form.id(),
                CommentPages.fields(
                        "Trần Thị Mai",
                        "mai.tran@example.vn",
                        "Tôi rất đồng tình với bài viết này, mong tỉnh sớm làm đường mới.",
                        form.token()),
                new ReaderClient.FilePart("anh-cua-toi.jpg", "image/jpeg", withExif(jpeg())),
                "text/html");

        assertThat(sent.status()).isEqualTo(303);
        assertThat(sent.header("Location")).startsWith(form.url() + "?binh-luan=da-gui");
        var after = reader.get(sent.header("Location").replace("#binh-luan", ""));
        assertThat(after.body()).contains("Ý kiến của bạn đã được gửi và đang chờ biên tập");
        assertThat(after.body()).doesNotContain("mong tỉnh sớm làm đường mới");

        var pending = comments.queue(new CommentQuery(CommentStatus.PENDING, form.id(), null, "Trần Thị Mai"), 1)
                .items();
        assertThat(pending).hasSize(1);
        var comment = pending.get(0);
        assertThat(comment.attachment().contentType()).isEqualTo("image/jpeg");
        assertThat(comment.flags()).contains("ATTACHMENT");

        comments.approve(
                comment.id(), "Tôi đồng tình với bài viết, mong tỉnh sớm làm đường mới.", "bientap@toasoan.vn");

        var page = reader.get(form.url()).body();
        assertThat(page).contains("Tôi đồng tình với bài viết, mong tỉnh sớm làm đường mới.");
        assertThat(page).contains("đã biên tập");
        assertThat(page).doesNotContain("mai.tran@example.vn");
        String thumbnail = "/binh-luan/anh/" + comment.attachment().storedName() + "-nho.jpg";
        assertThat(page).contains(thumbnail);
        var image = reader.get(thumbnail);
        assertThat(image.status()).isEqualTo(200);
        assertThat(image.header("Content-Type")).isEqualTo("image/jpeg");
        assertThat(image.body()).doesNotContain("Exif").doesNotContain("GPS 10.7626");
        assertThat(reader.get("/binh-luan/anh/" + comment.attachment().storedName() + ".jpg")
                        .body())
                .doesNotContain("GPS 10.7626");
    }

    @ParameterizedTest
    @ValueSource(ints = {6, 8})
    void aPhotoTakenUprightOnAReadersPhoneIsServedUprightOnceAnEditorApprovesIt(int orientation) throws Exception {
        var form = article();
        String name = "Bạn Đọc Chụp Dọc " + orientation;
        var sent = new ReaderClient(port)
                .post(
                        "/binh-luan/" + form.id(),
                        CommentPages.fields(
                                name,
                                "chupdoc" + orientation + "@example.vn",
                                "Gửi tòa soạn ảnh con đường trước nhà tôi sau trận mưa.",
                                form.token()),
                        new ReaderClient.FilePart("IMG_2041.JPG", "image/jpeg", PhonePhotos.turned(orientation)),
                        "text/html");
        assertThat(sent.status()).isEqualTo(303);
        var comment = comments.queue(new CommentQuery(null, null, null, name), 1)
                .items()
                .get(0);

        newsroom.staff();
        var editor = NewsroomClient.loggedIn(port, Newsroom.EDITOR, Newsroom.PASSWORD);
        assertThat(editor.submit("/toa-soan/binh-luan/" + comment.id() + "/duyet", Map.of())
                        .statusCode())
                .isEqualTo(302);

        UUID stored = comment.attachment().storedName();
        assertThat(new ReaderClient(port).get(form.url()).body()).contains("/binh-luan/anh/" + stored + "-nho.jpg");
        for (String path : List.of("/binh-luan/anh/" + stored + ".jpg", "/binh-luan/anh/" + stored + "-nho.jpg")) {
            var served = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                    .build(),
                            HttpResponse.BodyHandlers.ofByteArray());
            assertThat(served.statusCode()).as(path).isEqualTo(200);
            PhonePhotos.assertUpright(PhonePhotos.decode(served.body()), orientation);
            PhonePhotos.assertNoMetadata(served.body());
        }
        assertThat(comments.find(comment.id()).orElseThrow().attachment())
                .extracting(a -> a.imageWidth() + "×" + a.imageHeight())
                .isEqualTo("20×40");
    }

    @Test
    void anApprovalStandsWhenItsPhotoCannotBeMadeAndThePhotoFollowsOnTheNextTry() throws Exception {
        var form = article();
        long id = commentWithPhoto(form, "Ảnh Đến Sau", "anhdensau@example.vn", PhonePhotos.turned(6));
        Path images = dataDirectory.resolve("comments", "images");
        Path away = images.resolveSibling("images-away");
        Files.move(images, away);
        // no copy of any approved photo can be written now
        Files.writeString(images, "không phải thư mục");
        try {
            comments.approve(id, null, Newsroom.EDITOR);
        } finally {
            Files.delete(images);
            Files.move(away, images);
        }

        var approved = comments.find(id).orElseThrow();
        assertThat(approved.status()).as("the approval stands").isEqualTo(CommentStatus.APPROVED);
        assertThat(approved.attachment().hasPublicImage()).isFalse();
        String page = new ReaderClient(port).get(form.url()).body();
        assertThat(page)
                .contains("Ảnh Đến Sau")
                .doesNotContain(approved.attachment().storedName() + "-nho.jpg");
        newsroom.staff();
        var editor = NewsroomClient.loggedIn(port, Newsroom.EDITOR, Newsroom.PASSWORD);
        assertThat(editor.page("/toa-soan/binh-luan?trang-thai=APPROVED&q=anhdensau")
                        .select("#c" + id + " .mod-item__withheld")
                        .text())
                .isEqualTo("Bạn đọc chưa thấy ảnh này: chưa tạo được bản ảnh để đăng.");

        approvedImages.retry(Instant.now().plusSeconds(120));

        assertThat(comments.find(id).orElseThrow().attachment().hasPublicImage())
                .isTrue();
        assertThat(new ReaderClient(port).get(form.url()).body())
                .contains(approved.attachment().storedName() + "-nho.jpg");
        assertThat(editor.page("/toa-soan/binh-luan?trang-thai=APPROVED&q=anhdensau")
                        .select("#c" + id + " .mod-item__withheld"))
                .isEmpty();
    }

    @Test
    void aPhotoThatCannotBeReadIsGivenUpAndTheCommentsHistorySaysSo() throws Exception {
        var form = article();
        long id = commentWithPhoto(form, "Ảnh Hỏng Trên Đĩa", "anhhong@example.vn", PhonePhotos.turned(8));
        var stored = comments.find(id).orElseThrow().attachment().storedName();
        Files.writeString(dataDirectory.resolve("comments", "files", stored.toString()), "hỏng");

        comments.approve(id, null, Newsroom.EDITOR);
        approvedImages.retry(Instant.now().plusSeconds(120));

        var approved = comments.find(id).orElseThrow();
        assertThat(approved.status()).isEqualTo(CommentStatus.APPROVED);
        assertThat(approved.attachment().hasPublicImage()).isFalse();
        newsroom.staff();
        var editor = NewsroomClient.loggedIn(port, Newsroom.EDITOR, Newsroom.PASSWORD);
        var history = editor.page("/toa-soan/binh-luan/" + id)
                .select(".mod-history li")
                .eachText();
        assertThat(history).hasSize(2);
        assertThat(history.get(0)).endsWith(Newsroom.EDITOR + " · duyệt đăng");
        assertThat(history.get(1)).endsWith("system · ảnh · ảnh không đọc được, không công bố");
        assertThat(editor.page("/toa-soan/binh-luan?trang-thai=APPROVED&q=anhhong")
                        .select("#c" + id + " .mod-item__withheld")
                        .text())
                .isEqualTo("Bạn đọc chưa thấy ảnh này: chưa tạo được bản ảnh để đăng.");
    }

    private long commentWithPhoto(CommentPages.ArticleForm form, String name, String email, byte[] photo)
            throws IOException {
        var sent = new ReaderClient(port)
                .post(
                        "/binh-luan/" + form.id(),
                        CommentPages.fields(name, email, "Gửi tòa soạn ảnh chụp ở đầu ngõ nhà tôi.", form.token()),
                        new ReaderClient.FilePart("IMG_2042.JPG", "image/jpeg", photo),
                        "text/html");
        assertThat(sent.status()).isEqualTo(303);
        return comments.queue(new CommentQuery(null, null, null, name), 1)
                .items()
                .get(0)
                .id();
    }

    @Test
    void theFormTellsEachReaderTheConfiguredLimitInTheirLanguage() throws Exception {
        var form = article();

        String vietnamese = new ReaderClient(port).get(form.url()).body();
        String english = new ReaderClient(port).get(form.url() + "?lang=en").body();

        assertThat(vietnamese).contains("Gửi file đính kèm không quá 10 MB:");
        assertThat(english).contains("One file up to 10 MB:").doesNotContain("Gửi file đính kèm không quá");
        assertThat(english).contains("data-msg-big=\"An attachment may be at most 10 MB.\"");
    }

    @Test
    void exactlyTenMegabytesAreAccepted() throws Exception {
        var form = article();
        var before = filesUnder(dataDirectory.resolve("comments"));
        var sent = new ReaderClient(port)
                .post(
                        "/binh-luan/" + form.id(),
                        CommentPages.fields(
                                "Lê Văn Hùng", "hung.le@example.vn", "Gửi tòa soạn bản ghi chép.", form.token()),
                        new ReaderClient.FilePart("ghi-chep.txt", "text/plain", text(TEN_MB)),
                        "text/html");

        assertThat(sent.status()).isEqualTo(303);
        var added = filesUnder(dataDirectory.resolve("comments"));
        added.removeAll(before);
        assertThat(added).hasSize(1);
        assertThat(Files.size(added.get(0))).isEqualTo(TEN_MB);
    }

    @Test
    void oneByteMoreIsRefusedWith413AndLeavesNothingOnDisk() throws Exception {
        var form = article();
        var disk = disk();
        var refused = new ReaderClient(port)
                .post(
                        "/binh-luan/" + form.id(),
                        CommentPages.fields(
                                "Phạm Quốc Bảo",
                                "bao.pham@example.vn",
                                "Gửi kèm hồ sơ của gia đình tôi.",
                                form.token()),
                        new ReaderClient.FilePart("ho-so.txt", "text/plain", text(TEN_MB + 1)),
                        "text/html");

        assertThat(refused.status()).isEqualTo(413);
        assertThat(refused.body()).contains("File đính kèm không được quá 10 MB");
        assertThat(refused.body()).contains("Gửi kèm hồ sơ của gia đình tôi.");
        assertThat(disk()).isEqualTo(disk);
        assertThat(filesUnder(dataDirectory.resolve("comments", "incoming"))).isEmpty();
        assertThat(filesUnder(uploadTemp())).isEmpty();
    }

    @Test
    void aBodyFarOverTheLimitIsRefusedAtOnceInTheReadersLanguage() throws Exception {
        var form = article();
        long declared = 100L * 1024 * 1024;

        String vietnamese = rawPost("/binh-luan/" + form.id(), declared, "text/html", null);
        assertThat(vietnamese).startsWith("HTTP/1.1 413");
        assertThat(vietnamese)
                .contains("<html lang=\"vi\">")
                .contains("File đính kèm không được quá 10 MB. Vui lòng quay lại trang trước và chọn file nhỏ hơn.")
                .doesNotContain("(")
                .doesNotContain("attached");

        String english = rawPost("/binh-luan/" + form.id(), declared, "text/html", "lang=en");
        assertThat(english).startsWith("HTTP/1.1 413");
        assertThat(english)
                .contains("<html lang=\"en\">")
                .contains("An attachment may be at most 10 MB. Please go back and choose a smaller file.")
                .doesNotContain("File đính kèm");

        String json = rawPost("/binh-luan/" + form.id() + "?lang=en", declared, "application/json", null);
        assertThat(json)
                .contains("application/problem+json")
                .contains("\"detail\":\"An attachment may be at most 10 MB.\"");
    }

    @Test
    void aBodyThatCannotBeReadIsRefusedInTheReadersLanguage() throws Exception {
        var form = article();
        String english = new String(
                rawExchange("POST /binh-luan/" + form.id() + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                        + "Cookie: lang=en\r\nContent-Type: multipart/form-data; boundary=ranh-gioi\r\n"
                        + "Content-Length: 20\r\n\r\nkhong-phai-multipart"),
                StandardCharsets.UTF_8);

        assertThat(english).startsWith("HTTP/1.1 400");
        assertThat(english)
                .contains("The comment could not be read. Please reload the page and send it again.")
                .doesNotContain("Không đọc được");
    }

    /** Headers that declare {@code length} bytes, and only a few of them: the filter must answer without reading. */
    private String rawPost(String path, long length, String accept, String cookie) throws IOException {
        return new String(
                rawExchange("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nAccept: " + accept
                        + (cookie == null ? "" : "\r\nCookie: " + cookie)
                        + "\r\nContent-Type: multipart/form-data; boundary=ranh-gioi\r\nContent-Length: " + length
                        + "\r\n\r\n--ranh-gioi\r\n"),
                StandardCharsets.UTF_8);
    }

    /** The answer as it came, up to its end: the server need not close a connection whose body it never read. */
    private byte[] rawExchange(String request) throws IOException {
        try (var socket = new java.net.Socket("localhost", port)) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().flush();
            var answer = new ByteArrayOutputStream();
            var in = socket.getInputStream();
            int b;
            while (!complete(answer.toString(StandardCharsets.ISO_8859_1)) && (b = in.read()) != -1) {
                answer.write(b);
            }
            return answer.toByteArray();
        }
    }

    private static boolean complete(String answer) {
        int end = answer.indexOf("\r\n\r\n");
        if (end < 0) {
            return false;
        }
        var length = java.util.regex.Pattern.compile("(?i)\r\ncontent-length: (\\d+)")
                .matcher(answer.substring(0, end));
        return length.find()
                ? answer.length() - end - 4 >= Integer.parseInt(length.group(1))
                : answer.endsWith("\r\n0\r\n\r\n");
    }

    @Test
    void aPercentEncodedFormAddressIsHeldToTheSameLimitAndKeepsTheFile() throws Exception {
        var form = article();
        String encoded = "/binh-luan/"
                + Long.toString(form.id())
                        .chars()
                        .mapToObj(digit -> "%3" + (char) digit)
                        .collect(java.util.stream.Collectors.joining());
        var disk = disk();
        var refused = new ReaderClient(port)
                .post(
                        encoded,
                        CommentPages.fields(
                                "Vòng Qua Bộ Lọc", "vong@example.vn", "Gửi file lớn qua đường khác.", form.token()),
                        new ReaderClient.FilePart("lon.txt", "text/plain", text(TEN_MB + 1)),
                        "text/html");

        assertThat(refused.status()).isEqualTo(413);
        assertThat(refused.body()).contains("File đính kèm không được quá 10 MB");
        assertThat(disk()).isEqualTo(disk);
        assertThat(filesUnder(uploadTemp())).isEmpty();

        var sent = new ReaderClient(port)
                .post(
                        encoded,
                        CommentPages.fields(
                                "Đường Mã Hóa", "mahoa@example.vn", "Gửi biên bản họp tổ dân phố.", form.token()),
                        new ReaderClient.FilePart("bien-ban.txt", "text/plain", text(2 * 1024 * 1024)),
                        "text/html");
        assertThat(sent.status()).isEqualTo(303);
        var comment = comments.queue(new CommentQuery(null, null, null, "Đường Mã Hóa"), 1)
                .items()
                .get(0);
        assertThat(comment.attachment().originalName()).isEqualTo("bien-ban.txt");
        assertThat(comment.attachment().size()).isEqualTo(2 * 1024 * 1024);
    }

    @Test
    void aMultipartBodyTheUploadFilterDidNotStreamIsRefused() throws Exception {
        var form = article();
        // MockMvc runs no servlet filters: the controller sees the body as Spring itself parsed it
        var mvc = org.springframework.test.web.servlet.setup.MockMvcBuilders.webAppContextSetup(context)
                .build();
        var answer = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(
                                "/binh-luan/" + form.id())
                        .file(new org.springframework.mock.web.MockMultipartFile(
                                "attachment", "ghi-chep.txt", "text/plain", text(1024)))
                        .param("name", "Không Qua Bộ Lọc")
                        .param("email", "khongloc@example.vn")
                        .param("content", "Ý kiến không đi qua bộ lọc tải lên.")
                        .param("website", "")
                        .param("token", form.token())
                        .accept(org.springframework.http.MediaType.TEXT_HTML))
                .andReturn()
                .getResponse();

        assertThat(answer.getStatus()).isEqualTo(400);
        assertThat(answer.getContentAsString(StandardCharsets.UTF_8))
                .contains("Không nhận được ý kiến. Vui lòng tải lại trang rồi gửi lại.");
        assertThat(comments.queue(new CommentQuery(null, null, null, "Không Qua Bộ Lọc"), 1)
                        .total())
                .isZero();
    }

    /** Every file where an upload could land: the private store, Tomcat's folders, the multipart location. */
    List<List<Path>> disk() throws IOException {
        return List.of(
                filesUnder(dataDirectory.resolve("comments")), filesUnder(tomcatBase()), filesUnder(uploadTemp()));
    }

    /** Where the servlet container spools multipart parts: the configured location, else the context's temp folder. */
    Path uploadTemp() {
        String location = multipartConfig.getLocation();
        return location == null || location.isBlank()
                ? ((java.io.File) context.getServletContext().getAttribute(jakarta.servlet.ServletContext.TEMPDIR))
                        .toPath()
                : Path.of(location);
    }

    static byte[] jpeg() throws IOException {
        var image = new BufferedImage(800, 600, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(new java.awt.Color(30, 120, 200));
        g.fillRect(0, 0, 800, 600);
        g.dispose();
        var out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", out);
        return out.toByteArray();
    }

    /** A photo as phones send them: with an EXIF segment that says where it was taken. */
    static byte[] withExif(byte[] jpeg) {
        byte[] payload = "Exif\0\0MM\0*\0\0\0\bGPS 10.762622 106.660172".getBytes(StandardCharsets.ISO_8859_1);
        var out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.write(0xFF);
        out.write(0xE1);
        out.write((payload.length + 2) >> 8);
        out.write((payload.length + 2) & 0xFF);
        out.writeBytes(payload);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    static byte[] text(int size) {
        byte[] bytes = new byte[size];
        Arrays.fill(bytes, (byte) 'a');
        byte[] line = "Ghi chép của bạn đọc.\n".getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i + line.length < size; i += 100) {
            System.arraycopy(line, 0, bytes, i, Math.min(line.length, size - i));
        }
        return bytes;
    }

    static List<Path> filesUnder(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return new java.util.ArrayList<>(
                    files.filter(Files::isRegularFile).sorted().toList());
        }
    }
}
