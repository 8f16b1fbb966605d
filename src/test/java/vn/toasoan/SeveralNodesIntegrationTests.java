package vn.toasoan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.toasoan.accounts.Account;
import vn.toasoan.accounts.Role;
import vn.toasoan.articles.Article;
import vn.toasoan.articles.ArticleStatus;
import vn.toasoan.articles.ArticleWorkflow;
import vn.toasoan.articles.Articles;
import vn.toasoan.articles.Transition;
import vn.toasoan.comments.CommentBuilder;
import vn.toasoan.comments.CommentPages;
import vn.toasoan.comments.Comments;
import vn.toasoan.comments.ReaderClient;
import vn.toasoan.media.PhonePhotos;
import vn.toasoan.newsroom.Newsroom;
import vn.toasoan.newsroom.NewsroomClient;
import vn.toasoan.newsroom.articles.EditorForm;
import vn.toasoan.sections.Sections;
import vn.toasoan.support.ArticleBuilder;
import vn.toasoan.support.Node;
import vn.toasoan.support.S3Server;
import vn.toasoan.support.SharedPostgres;

/**
 * Two app nodes on one PostgreSQL and one S3-compatible bucket, as behind nginx: a photo stored by one is served by
 * the other; readers' files wait, private, in the bucket; a scheduled article goes out once; a reader cannot post
 * twice as often by turning to the other node; an editor keeps their login and their form when their node restarts;
 * readers get no session.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeveralNodesIntegrationTests {

    private final HttpClient http = HttpClient.newHttpClient();
    private SharedPostgres database;
    private S3Server s3;
    private Node a;
    private Node b;

    @BeforeAll
    void cluster() {
        database = SharedPostgres.start();
        s3 = S3Server.start();
        List<String> settings = new ArrayList<>(List.of(s3.nodeSettings()));
        settings.add("toasoan.scheduled-publishing.interval=1s");
        settings.add("toasoan.comments.min-fill-time=0s");
        a = Node.start("a", database.jdbcUrl(), settings.toArray(String[]::new));
        a.bean(Sections.class).create("Thời sự", "thoi-su", 1);
        b = Node.start("b", database.jdbcUrl(), settings.toArray(String[]::new));
    }

    @AfterAll
    void stop() throws Exception {
        for (AutoCloseable closing : new AutoCloseable[] {a, b, s3, database}) {
            if (closing != null) {
                closing.close();
            }
        }
    }

    @Test
    void aPhotoUploadedOnOneNodeIsServedByTheOtherFromTheBucket() throws Exception {
        Newsroom newsroom = a.newsroom();
        Account editor = newsroom.account(Role.EDITOR);
        long id = newsroom.draft(editor, "Cầu treo mới bắc qua sông Lam").id();
        var browser = NewsroomClient.loggedIn(a.port(), editor.email(), Newsroom.PASSWORD);
        var form = EditorForm.fields(browser.page("/toa-soan/bai-viet/" + id));
        form.put("newCaption", "Cây cầu treo nhìn từ bờ bắc");
        form.put("newCredit", "Ảnh: T.LAM");
        form.put("newAlt", "Cầu treo qua sông");
        form.put("newPosition", "1");
        form.put("transition", "PUBLISH");

        var saved = browser.submitMultipart(
                "/toa-soan/bai-viet/" + id, form, "newImage", "cau-treo.jpg", "image/jpeg", PhonePhotos.turned(6));
        assertThat(saved.statusCode()).isEqualTo(302);

        String url = b.bean(Articles.class).find(id).orElseThrow().url();
        String src = b.http().page(url).selectFirst("figure img").attr("src");
        var photo = bytes(b, src);
        assertThat(photo.statusCode()).isEqualTo(200);
        assertThat(photo.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        assertThat(photo.headers().firstValue("Cache-Control").orElse(""))
                .contains("max-age=31536000", "public", "immutable");
        String etag = photo.headers().firstValue("ETag").orElseThrow();
        assertThat(ImageIO.read(new ByteArrayInputStream(photo.body()))).isNotNull();
        PhonePhotos.assertNoMetadata(photo.body());

        var again = send(b, src, "If-None-Match", etag);
        assertThat(again.statusCode()).isEqualTo(304);
        var part = send(b, src, "Range", "bytes=0-99");
        assertThat(part.statusCode()).isEqualTo(206);
        assertThat(part.body()).hasSize(100).isEqualTo(java.util.Arrays.copyOf(photo.body(), 100));

        // in the bucket, the same bytes under the same name; in neither node's data directory
        assertThat(Files.readAllBytes(s3.object(src.substring(1)))).isEqualTo(photo.body());
        assertThat(filesUnder(a.dataDir().resolve("media"))).isEmpty();
        assertThat(filesUnder(b.dataDir().resolve("media"))).isEmpty();

        // the WebP copy of every width too, in the bucket and served by the other node as WebP, cached alike
        var source = b.http().page(url).selectFirst("figure picture source[type=image/webp]");
        List<String> webps = java.util.Arrays.stream(source.attr("srcset").split(", "))
                .map(candidate -> candidate.substring(0, candidate.indexOf(' ')))
                .toList();
        assertThat(webps).isNotEmpty().allSatisfy(path -> assertThat(path).endsWith(".webp"));
        for (String path : webps) {
            var webp = bytes(b, path);
            assertThat(webp.statusCode()).as(path).isEqualTo(200);
            assertThat(webp.headers().firstValue("Content-Type")).hasValue("image/webp");
            assertThat(webp.headers().firstValue("Cache-Control"))
                    .isEqualTo(photo.headers().firstValue("Cache-Control"));
            assertThat(Files.readAllBytes(s3.object(path.substring(1)))).isEqualTo(webp.body());
        }
    }

    @Test
    void aReadersFileWaitsPrivatelyInTheBucketUntilAnEditorApprovesIt() throws Exception {
        Article article = a.newsroom().published(ArticleBuilder.article("Giá nước sạch tăng từ tháng sau"));
        var reader = ReaderClient.behindProxy(a.port(), "198.51.100.20");
        String token = CommentPages.token(reader.get(article.url()).body());
        var comment = CommentBuilder.comment("Nước vẫn đục mà giá lại tăng; tôi gửi kèm ảnh chụp cốc nước nhà tôi.")
                .attaching(new ReaderClient.FilePart("coc-nuoc.jpg", "image/jpeg", CommentPages.photo()));

        var sent = reader.post("/binh-luan/" + article.id(), comment.fields(token), comment.file(), "text/html");

        assertThat(sent.status()).isEqualTo(303);
        JdbcClient jdbc = a.bean(JdbcClient.class);
        UUID stored = jdbc.sql("SELECT stored_name FROM comment_attachments a JOIN comments c ON c.id = a.comment_id"
                        + " WHERE c.article_id = ?")
                .param(article.id())
                .query(UUID.class)
                .single();
        long commentId = jdbc.sql("SELECT comment_id FROM comment_attachments WHERE stored_name = ?")
                .param(stored)
                .query(Long.class)
                .single();
        assertThat(s3.object("comments/files/" + stored)).exists();
        assertThat(new ReaderClient(b.port())
                        .get("/binh-luan/anh/" + stored + "-nho.jpg")
                        .status())
                .isEqualTo(404);
        var withoutKeys = http.send(
                HttpRequest.newBuilder(URI.create(s3.endpoint() + "/" + S3Server.BUCKET + "/comments/files/" + stored))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(withoutKeys.statusCode()).isEqualTo(403);

        b.bean(Comments.class).approve(commentId, null, Newsroom.EDITOR);

        var thumbnail = new ReaderClient(a.port()).get("/binh-luan/anh/" + stored + "-nho.jpg");
        assertThat(thumbnail.status()).isEqualTo(200);
        assertThat(thumbnail.header("Content-Type")).isEqualTo("image/jpeg");
        assertThat(s3.object("comments/images/" + stored + "-thumb.jpg")).exists();
    }

    @Test
    void aScheduledArticleGoesOutOnceWithBothNodesUp() throws Exception {
        Newsroom newsroom = a.newsroom();
        Account editor = newsroom.account(Role.EDITOR);
        long id = newsroom.draft(editor, "Lễ hội đua thuyền trên sông Lam").id();
        Instant at = Instant.now().plusSeconds(2);

        b.bean(ArticleWorkflow.class).apply(editor, id, Transition.SCHEDULE, null, at);

        Instant deadline = Instant.now().plusSeconds(20);
        while (newsroom.status(id) != ArticleStatus.PUBLISHED && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
        }
        assertThat(newsroom.status(id)).isEqualTo(ArticleStatus.PUBLISHED);
        // both nodes keep looking every second for a while
        Thread.sleep(3_000);
        JdbcClient jdbc = a.bean(JdbcClient.class);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE target_id = ? AND action = 'article.publish'")
                        .param(String.valueOf(id))
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        String url = a.bean(Articles.class).find(id).orElseThrow().url();
        assertThat(a.http().get(url).statusCode()).isEqualTo(200);
        assertThat(b.http().get(url).statusCode()).isEqualTo(200);
    }

    @Test
    void aReaderCannotPostMoreOftenByTurningToTheOtherNode() throws Exception {
        Article article = a.newsroom().published(ArticleBuilder.article("Đường ven biển sắp thông xe"));
        String address = "203.0.113.77";
        var onA = ReaderClient.behindProxy(a.port(), address);
        var onB = ReaderClient.behindProxy(b.port(), address);
        String token = CommentPages.token(onA.get(article.url()).body());
        var first = CommentBuilder.comment("Mong đường sớm thông xe để bà con đi lại thuận tiện hơn.");

        var accepted = onA.post("/binh-luan/" + article.id(), first.fields(token), null, "text/html");
        var tooSoon = onB.post(
                "/binh-luan/" + article.id(),
                CommentBuilder.comment("Đường cũ hẹp và nhiều ổ gà, đi buổi tối rất nguy hiểm.")
                        .fields(token),
                null,
                "text/html");
        var sameAgain = ReaderClient.behindProxy(b.port(), "203.0.113.78")
                .post(
                        "/binh-luan/" + article.id(),
                        CommentBuilder.comment(first.content())
                                .by(first.name(), first.email())
                                .fields(token),
                        null,
                        "text/html");

        assertThat(accepted.status()).isEqualTo(303);
        assertThat(tooSoon.status()).isEqualTo(429);
        assertThat(tooSoon.body()).contains("Vui lòng");
        assertThat(sameAgain.status()).as("the same text again, from elsewhere").isEqualTo(409);
    }

    @Test
    void anEditorKeepsTheirLoginAndTheirFormWhenTheirNodeRestarts() throws Exception {
        Newsroom newsroom = a.newsroom();
        Account editor = newsroom.account(Role.EDITOR);
        long id = newsroom.draft(editor, "Bài viết dở dang khi máy chủ khởi động lại")
                .id();
        var browser = NewsroomClient.loggedIn(a.port(), editor.email(), Newsroom.PASSWORD);
        var page = browser.page("/toa-soan/bai-viet/" + id);
        var form = EditorForm.fields(page);
        form.put("_csrf", page.selectFirst("input[name=_csrf]").val());
        form.put("title", "Bài viết viết xong sau khi máy chủ khởi động lại");

        a.stop();
        a.start();
        var saved = browser.post("/toa-soan/bai-viet/" + id, form);

        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(NewsroomClient.location(saved)).contains("/toa-soan/bai-viet/" + id);
        assertThat(a.bean(Articles.class).find(id).orElseThrow().title())
                .isEqualTo("Bài viết viết xong sau khi máy chủ khởi động lại");
        // the same login on the other node, which never saw it
        var dashboard = browser.at(b.port()).get("/toa-soan");
        assertThat(dashboard.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(dashboard.body()).text()).doesNotContain("Đăng nhập");
    }

    @Test
    void readersGetNoSession() throws Exception {
        Article article = a.newsroom().published(ArticleBuilder.article("Chợ phiên vùng cao họp lại"));
        JdbcClient jdbc = a.bean(JdbcClient.class);
        long sessions = jdbc.sql("SELECT count(*) FROM spring_session")
                .query(Long.class)
                .single();

        for (String path : List.of("/", article.url(), "/tim-kiem?q=cho+phien", "/rss.xml")) {
            var response = b.http().get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.headers().allValues("Set-Cookie")).as(path).isEmpty();
        }

        assertThat(jdbc.sql("SELECT count(*) FROM spring_session")
                        .query(Long.class)
                        .single())
                .isEqualTo(sessions);
    }

    private HttpResponse<byte[]> bytes(Node node, String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + node.port() + path))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpResponse<byte[]> send(Node node, String path, String header, String value) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + node.port() + path))
                        .header(header, value)
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static List<Path> filesUnder(Path folder) throws Exception {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }
}
