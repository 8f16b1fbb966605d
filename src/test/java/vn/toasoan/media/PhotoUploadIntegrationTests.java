package vn.toasoan.media;

import static org.assertj.core.api.Assertions.assertThat;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.ExifSubIFDDirectory;
import com.drew.metadata.exif.GpsDirectory;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.zip.CRC32;
import java.util.zip.DeflaterOutputStream;
import javax.imageio.ImageIO;
import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.tiff.constants.ExifTagConstants;
import org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.toasoan.accounts.Account;
import vn.toasoan.accounts.Role;
import vn.toasoan.newsroom.Newsroom;
import vn.toasoan.newsroom.NewsroomClient;
import vn.toasoan.support.Http;
import vn.toasoan.support.ToaSoanIntegrationTest;

/**
 * A photographer's JPEG, with the camera's EXIF data, the place it was taken (GPS) and a rotation tag, uploaded through
 * the editor: stored upright at every width, with none of that data left in any stored file. A photo sent with a save
 * that fails waits in the form for the next try; files that are not photos, or declare more pixels than any camera
 * takes, are refused and leave nothing behind.
 */
@ToaSoanIntegrationTest
class PhotoUploadIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Newsroom newsroom;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MediaStore media;

    @Test
    void exifAndGpsAreGoneFromEveryStoredWidthAndThePhotoStandsUpright() throws Exception {
        byte[] photo = cameraJpeg(2000, 1500, 6);
        Metadata original = ImageMetadataReader.readMetadata(new ByteArrayInputStream(photo));
        assertThat(original.getFirstDirectoryOfType(GpsDirectory.class).getGeoLocation())
                .isNotNull();

        Account editor = newsroom.account(Role.EDITOR);
        long id = newsroom.draft(editor, "Bài có ảnh chụp hội nghị").id();
        var browser = NewsroomClient.loggedIn(port, editor.email(), Newsroom.PASSWORD);
        var form = vn.toasoan.newsroom.articles.EditorForm.fields(browser.page("/toa-soan/bai-viet/" + id));
        form.put("newCaption", "Các đại biểu tham dự hội nghị");
        form.put("newCredit", "Ảnh: H.VĂN");
        form.put("newAlt", "Hội trường đông đại biểu");
        form.put("newPosition", "1");
        form.put("transition", "PUBLISH");

        var saved = browser.submitMultipart(
                "/toa-soan/bai-viet/" + id, form, "newImage", "IMG_0001.JPG", "image/jpeg", photo);

        assertThat(saved.statusCode()).isEqualTo(302);
        UUID imageId = jdbc.sql("SELECT image_id FROM figures WHERE article_id = ?")
                .param(id)
                .query(UUID.class)
                .single();
        Image image = media.find(imageId).orElseThrow();
        assertThat(image.widths()).containsExactly(320, 640, 960, 1280, 1500);
        assertThat(image.width()).isEqualTo(1500);
        assertThat(image.height()).isEqualTo(2000);
        for (int width : image.widths()) {
            Path file =
                    media.root().resolve(MediaStore.publicPath(imageId, width).substring("/media/".length()));
            byte[] stored = Files.readAllBytes(file);
            Metadata metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(stored));
            assertThat(metadata.getFirstDirectoryOfType(GpsDirectory.class))
                    .as("GPS at %d", width)
                    .isNull();
            assertThat(metadata.getFirstDirectoryOfType(ExifIFD0Directory.class))
                    .as("EXIF at %d", width)
                    .isNull();
            assertThat(metadata.getFirstDirectoryOfType(ExifSubIFDDirectory.class))
                    .isNull();
            assertThat(new String(stored, StandardCharsets.ISO_8859_1))
                    .doesNotContain("Exif")
                    .doesNotContain("Canon");
            BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(stored));
            assertThat(decoded.getWidth()).isEqualTo(width);
            assertThat(decoded.getHeight()).isGreaterThan(decoded.getWidth());
        }

        var article = Jsoup.parse(
                new Http(port).get("/bai-co-anh-chup-hoi-nghi-" + id + ".html").body());
        var img = article.selectFirst("figure img");
        assertThat(img.attr("srcset"))
                .contains("-320.jpg 320w", "-640.jpg 640w", "-960.jpg 960w", "-1280.jpg 1280w", "-1500.jpg 1500w");
        assertThat(img.attr("alt")).isEqualTo("Hội trường đông đại biểu");
        assertThat(article.select("figcaption").text()).isEqualTo("Các đại biểu tham dự hội nghị Ảnh: H.VĂN");
        assertThat(new Http(port).get(img.attr("src")).statusCode()).isEqualTo(200);
    }

    @Test
    void everyWidthIsAlsoStoredAsWebpServedAsWebpAndOfferedFirstByThePage() throws Exception {
        var photo = new ByteArrayOutputStream();
        ImageIO.write(PhotoLike.draw(1400, 933, 11), "jpg", photo);
        Account editor = newsroom.account(Role.EDITOR);
        long id = newsroom.draft(editor, "Mùa nước nổi về trên cánh đồng").id();
        var browser = NewsroomClient.loggedIn(port, editor.email(), Newsroom.PASSWORD);
        var form = vn.toasoan.newsroom.articles.EditorForm.fields(browser.page("/toa-soan/bai-viet/" + id));
        form.put("newCaption", "Nước nổi tràn về cánh đồng đầu nguồn");
        form.put("newCredit", "Ảnh: M.KHA");
        form.put("newAlt", "Cánh đồng ngập nước");
        form.put("newPosition", "1");
        form.put("transition", "PUBLISH");

        var saved = browser.submitMultipart(
                "/toa-soan/bai-viet/" + id, form, "newImage", "nuoc-noi.jpg", "image/jpeg", photo.toByteArray());

        assertThat(saved.statusCode()).isEqualTo(302);
        UUID imageId = jdbc.sql("SELECT image_id FROM figures WHERE article_id = ?")
                .param(id)
                .query(UUID.class)
                .single();
        Image image = media.find(imageId).orElseThrow();
        assertThat(image.widths()).containsExactly(320, 640, 960, 1280, 1400);
        assertThat(image.formats()).containsExactlyInAnyOrder(ImageFormat.JPEG, ImageFormat.WEBP);
        var client = HttpClient.newHttpClient();
        for (int width : image.widths()) {
            var jpeg = client.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + image.url(width)))
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            var webp = client.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + image.url(width, ImageFormat.WEBP)))
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(webp.statusCode()).as("WebP at %d", width).isEqualTo(200);
            assertThat(webp.headers().firstValue("Content-Type")).hasValue("image/webp");
            assertThat(webp.headers().firstValue("Cache-Control"))
                    .isEqualTo(jpeg.headers().firstValue("Cache-Control"))
                    .hasValueSatisfying(value -> assertThat(value).contains("max-age=31536000", "immutable"));
            assertThat(webp.headers().firstValue("ETag"))
                    .isNotEqualTo(jpeg.headers().firstValue("ETag"));
            BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(webp.body()));
            assertThat(decoded.getWidth()).isEqualTo(width);
            assertThat(webp.body().length)
                    .as("WebP at %d smaller than its JPEG", width)
                    .isLessThan(jpeg.body().length);
            assertThat(new String(webp.body(), StandardCharsets.ISO_8859_1)).doesNotContain("EXIF", "XMP ");
        }

        var page = Jsoup.parse(new Http(port)
                .get("/mua-nuoc-noi-ve-tren-canh-dong-" + id + ".html")
                .body());
        var picture = page.selectFirst("figure picture");
        assertThat(picture.child(0).tagName()).isEqualTo("source");
        assertThat(picture.child(0).attr("type")).isEqualTo("image/webp");
        assertThat(picture.child(0).attr("srcset"))
                .contains("-320.webp 320w", "-640.webp 640w", "-960.webp 960w", "-1280.webp 1280w", "-1400.webp 1400w");
        assertThat(picture.child(0).attr("sizes")).isEqualTo(picture.child(1).attr("sizes"));
        assertThat(picture.child(1).tagName())
                .as("the JPEG for the browsers without WebP")
                .isEqualTo("img");
        assertThat(picture.child(1).attr("src")).endsWith("-640.jpg");
        assertThat(picture.child(1).attr("srcset")).contains("-320.jpg 320w", "-1400.jpg 1400w");
    }

    @ParameterizedTest
    @ValueSource(ints = {6, 8})
    void aPhotoTakenUprightOnAPhoneIsServedUprightWithoutWhatThePhoneWroteBesideIt(int orientation) throws Exception {
        Account editor = newsroom.account(Role.EDITOR);
        long id = newsroom.draft(editor, "Ảnh chụp bằng điện thoại cầm dọc " + orientation)
                .id();
        var browser = NewsroomClient.loggedIn(port, editor.email(), Newsroom.PASSWORD);
        var form = vn.toasoan.newsroom.articles.EditorForm.fields(browser.page("/toa-soan/bai-viet/" + id));
        form.put("newCaption", "Cánh đồng lúa chín trước mùa gặt");
        form.put("newCredit", "Ảnh: bạn đọc");
        form.put("newAlt", "Cánh đồng lúa chín vàng");
        form.put("newPosition", "1");
        form.put("transition", "PUBLISH");

        var saved = browser.submitMultipart(
                "/toa-soan/bai-viet/" + id,
                form,
                "newImage",
                "IMG_2041.JPG",
                "image/jpeg",
                PhonePhotos.turned(orientation));

        assertThat(saved.statusCode()).isEqualTo(302);
        var http = new Http(port);
        String url = http.get("/bai-" + id + ".html")
                .headers()
                .firstValue("Location")
                .orElseThrow();
        var img = Jsoup.parse(http.get(url.replaceFirst("^https?://[^/]+", "")).body())
                .selectFirst("figure img");
        var served = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + img.attr("src")))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(img.attr("width")).as("the page reserves the upright shape").isEqualTo("20");
        assertThat(img.attr("height")).isEqualTo("40");
        PhonePhotos.assertUpright(PhonePhotos.decode(served.body()), orientation);
        PhonePhotos.assertNoMetadata(served.body());
    }

    @Test
    void aFileThatIsNotAnImageIsRefusedInVietnameseAndTheTextIsKept() {
        Account reporter = newsroom.account(Role.REPORTER);
        long id = newsroom.draft(reporter, "Bài với tệp giả ảnh").id();
        var browser = NewsroomClient.loggedIn(port, reporter.email(), Newsroom.PASSWORD);
        var form = vn.toasoan.newsroom.articles.EditorForm.fields(browser.page("/toa-soan/bai-viet/" + id));
        form.put("title", "Tiêu đề vừa sửa chưa lưu");
        long before =
                jdbc.sql("SELECT count(*) FROM media_images").query(Long.class).single();

        var refused = browser.submitMultipart(
                "/toa-soan/bai-viet/" + id,
                form,
                "newImage",
                "anh-hoi-nghi.jpg",
                "image/jpeg",
                "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8));

        assertThat(refused.statusCode()).isEqualTo(422);
        var page = Jsoup.parse(refused.body());
        assertThat(page.select(".nr-flash--error").text()).contains("Tệp \"anh-hoi-nghi.jpg\" không phải là ảnh");
        assertThat(page.select("#title").val()).isEqualTo("Tiêu đề vừa sửa chưa lưu");
        assertThat(jdbc.sql("SELECT count(*) FROM media_images")
                        .query(Long.class)
                        .single())
                .isEqualTo(before);
    }

    @Test
    void aPhotoUploadedWithASaveThatFailsStaysInTheFormAndIsStoredOnceWhenTheSaveSucceeds() throws Exception {
        Account reporter = newsroom.account(Role.REPORTER);
        long id = newsroom.draft(reporter, "Bài có ảnh lưu lần đầu không được").id();
        var browser = NewsroomClient.loggedIn(port, reporter.email(), Newsroom.PASSWORD);
        var form = vn.toasoan.newsroom.articles.EditorForm.fields(browser.page("/toa-soan/bai-viet/" + id));
        form.put("title", "");
        form.put("newCaption", "Đại biểu biểu quyết thông qua nghị quyết");
        form.put("newCredit", "H.VĂN");
        form.put("newAlt", "Đại biểu giơ tay biểu quyết");
        long imagesBefore = images();
        long filesBefore = files();

        var refused = browser.submitMultipart(
                "/toa-soan/bai-viet/" + id, form, "newImage", "IMG_0002.JPG", "image/jpeg", cameraJpeg(1200, 900, 1));

        assertThat(refused.statusCode()).isEqualTo(422);
        var page = Jsoup.parse(refused.body());
        assertThat(page.select(".nr-flash--error").text()).contains("Cần nhập tiêu đề");
        assertThat(page.select("#kept-photo").text()).contains("không cần tải lên lại");
        var kept = page.select(".nr-figure:has(#kept-photo)");
        assertThat(kept.select("img").attr("src")).startsWith("/media/");
        assertThat(kept.select("input[name=\"figures[0].caption\"]").val())
                .isEqualTo("Đại biểu biểu quyết thông qua nghị quyết");
        assertThat(page.select("input[name=newCaption]").val()).isEmpty();

        var again = vn.toasoan.newsroom.articles.EditorForm.fields(page);
        again.put("title", "Bài có ảnh lưu lần hai thì được");
        assertThat(browser.submit("/toa-soan/bai-viet/" + id, again).statusCode())
                .isEqualTo(302);

        UUID imageId = jdbc.sql("SELECT image_id FROM figures WHERE article_id = ?")
                .param(id)
                .query(UUID.class)
                .single();
        Image image = media.find(imageId).orElseThrow();
        assertThat(images()).isEqualTo(imagesBefore + 1);
        assertThat(files())
                .as("a JPEG and a WebP at every width")
                .isEqualTo(filesBefore + image.widths().size() * 2L);
        media.forgetPendingBefore(Instant.now().plus(Duration.ofDays(2)));
        assertThat(media.find(imageId)).isPresent();
        assertThat(Files.exists(file(imageId, image.widths().get(0)))).isTrue();
    }

    @Test
    void aPhotoFromAFailedSaveThatIsNeverSavedAgainIsDeletedWithItsFiles() throws Exception {
        Account reporter = newsroom.account(Role.REPORTER);
        var browser = NewsroomClient.loggedIn(port, reporter.email(), Newsroom.PASSWORD);
        var form = vn.toasoan.newsroom.articles.EditorForm.fields(browser.page("/toa-soan/bai-viet/moi"));
        form.put("title", "");
        form.put("newCaption", "Cầu mới bắc qua sông");
        long imagesBefore = images();
        long filesBefore = files();

        var refused = browser.submitMultipart(
                "/toa-soan/bai-viet", form, "newImage", "cau-moi.jpg", "image/jpeg", cameraJpeg(800, 600, 1));

        assertThat(refused.statusCode()).isEqualTo(422);
        var page = Jsoup.parse(refused.body());
        assertThat(page.select("#kept-photo").text()).contains("không cần tải lên lại");
        UUID kept =
                UUID.fromString(page.select("input[name=\"figures[0].image\"]").val());
        assertThat(Files.exists(file(kept, 640))).isTrue();

        int forgotten = media.forgetPendingBefore(Instant.now().plus(MediaStore.PENDING_LIFETIME));

        assertThat(forgotten).isGreaterThanOrEqualTo(1);
        assertThat(media.find(kept)).isEmpty();
        assertThat(Files.exists(file(kept, 640))).isFalse();
        assertThat(images()).isEqualTo(imagesBefore);
        assertThat(files()).isEqualTo(filesBefore);
        var late = vn.toasoan.newsroom.articles.EditorForm.fields(page);
        late.put("title", "Cầu mới bắc qua sông Lam");
        var tooLate = browser.submit("/toa-soan/bai-viet", late);
        assertThat(tooLate.statusCode()).isEqualTo(422);
        assertThat(Jsoup.parse(tooLate.body()).select(".nr-flash--error").text())
                .contains("Ảnh không còn trong kho ảnh; hãy tải lên lại.");
    }

    @Test
    void anImageDeclaringMorePixelsThanAnyCameraIsRefusedBeforeDecodingAndNothingIsStored() {
        Account reporter = newsroom.account(Role.REPORTER);
        long id =
                newsroom.draft(reporter, "Bài với ảnh khai kích thước khổng lồ").id();
        var browser = NewsroomClient.loggedIn(port, reporter.email(), Newsroom.PASSWORD);
        long imagesBefore = images();
        long filesBefore = files();

        for (int[] size : new int[][] {{50_000, 50_000}, {9_000, 6_000}}) {
            byte[] bomb = pngDeclaring(size[0], size[1]);
            assertThat(bomb.length).isLessThan(1024);
            var form = vn.toasoan.newsroom.articles.EditorForm.fields(browser.page("/toa-soan/bai-viet/" + id));

            var refused =
                    browser.submitMultipart("/toa-soan/bai-viet/" + id, form, "newImage", "bom.png", "image/png", bomb);

            assertThat(refused.statusCode()).isEqualTo(422);
            assertThat(Jsoup.parse(refused.body()).select(".nr-flash--error").text())
                    .isEqualTo("Ảnh \"bom.png\" quá lớn (" + size[0] + "×" + size[1]
                            + " điểm ảnh; tối đa 50 triệu điểm ảnh). Hãy thu nhỏ ảnh rồi tải lên lại.");
        }
        assertThat(images()).isEqualTo(imagesBefore);
        assertThat(files()).isEqualTo(filesBefore);
        assertThat(jdbc.sql("SELECT count(*) FROM figures WHERE article_id = ?")
                        .param(id)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void anEditorWhoReadsEnglishIsToldInEnglishWhyAPhotoIsRefused() {
        Account reporter = newsroom.account(Role.REPORTER);
        long id = newsroom.draft(reporter, "Bài với ảnh bị từ chối bằng tiếng Anh")
                .id();
        var browser = NewsroomClient.loggedIn(port, reporter.email(), Newsroom.PASSWORD);
        browser.get("/toa-soan?lang=en");
        var form = vn.toasoan.newsroom.articles.EditorForm.fields(browser.page("/toa-soan/bai-viet/" + id));

        var refused = browser.submitMultipart(
                "/toa-soan/bai-viet/" + id, form, "newImage", "bom.png", "image/png", pngDeclaring(9_000, 6_000));

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(Jsoup.parse(refused.body()).select(".nr-flash--error").text())
                .isEqualTo("The image \"bom.png\" is too large (9000×6000 pixels; at most 50 million pixels)."
                        + " Please make it smaller and upload it again.");
    }

    private long images() {
        return jdbc.sql("SELECT count(*) FROM media_images").query(Long.class).single();
    }

    private long files() {
        try (var walk = Files.walk(media.root())) {
            return walk.filter(Files::isRegularFile).count();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Path file(UUID id, int width) {
        return media.root().resolve(MediaStore.publicPath(id, width).substring("/media/".length()));
    }

    /** A PNG of a few bytes whose header declares {@code width × height} pixels: what a decompression bomb looks like. */
    static byte[] pngDeclaring(int width, int height) {
        var out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        chunk(
                out,
                "IHDR",
                ByteBuffer.allocate(13)
                        .putInt(width)
                        .putInt(height)
                        .put(new byte[] {1, 0, 0, 0, 0})
                        .array());
        var rows = new ByteArrayOutputStream();
        try (var deflater = new DeflaterOutputStream(rows)) {
            deflater.write(new byte[64 * 1024]);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        chunk(out, "IDAT", rows.toByteArray());
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        var crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(name);
        out.writeBytes(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    /** A JPEG as a camera writes it: make, date, orientation, and where it was taken. */
    static byte[] cameraJpeg(int width, int height, int orientation) throws Exception {
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(new Color(40, 90, 160));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.ORANGE);
        g.fillRect(0, 0, width / 4, height / 4);
        g.dispose();
        var plain = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", plain);
        var exif = new TiffOutputSet();
        var root = exif.getOrCreateRootDirectory();
        root.add(TiffTagConstants.TIFF_TAG_MAKE, "Canon");
        root.add(TiffTagConstants.TIFF_TAG_MODEL, "Canon EOS 80D");
        root.add(TiffTagConstants.TIFF_TAG_ORIENTATION, (short) orientation);
        exif.getOrCreateExifDirectory().add(ExifTagConstants.EXIF_TAG_DATE_TIME_ORIGINAL, "2017:02:13 08:00:00");
        exif.setGpsInDegrees(106.6297, 10.8231);
        var withExif = new ByteArrayOutputStream();
        new ExifRewriter().updateExifMetadataLossless(plain.toByteArray(), withExif, exif);
        return withExif.toByteArray();
    }
}
