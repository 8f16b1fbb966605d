package vn.toasoan.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import org.junit.jupiter.api.Test;

/** The WebP copies: made here, smaller than the JPEG a phone would get instead, and never by decoding an upload. */
class WebpTests {

    @Test
    void aPhotosWebpIsSmallerThanItsJpegAndShowsTheSamePicture() throws Exception {
        assertThat(Webp.available()).as("libwebp loads on this machine").isTrue();
        var photo = ImagePipeline.resize(PhotoLike.draw(1280, 853, 7), 640);

        byte[] jpeg = ImagePipeline.jpeg(photo);
        byte[] webp = Webp.encode(photo).orElseThrow();

        assertThat(new String(webp, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("RIFF");
        assertThat(new String(webp, 8, 4, StandardCharsets.US_ASCII)).isEqualTo("WEBP");
        assertThat(webp.length)
                .as("WebP %d bytes, JPEG %d", webp.length, jpeg.length)
                .isLessThan(jpeg.length * 9 / 10);
        var decoded = ImageIO.read(new ByteArrayInputStream(webp));
        assertThat(decoded.getWidth()).isEqualTo(640);
        assertThat(decoded.getHeight()).isEqualTo(photo.getHeight());
        // the same picture: the sky stays blue at the top, the field green below
        int sky = decoded.getRGB(320, 5);
        int field = decoded.getRGB(320, decoded.getHeight() - 5);
        assertThat(sky & 0xff).isGreaterThan((sky >> 16) & 0xff);
        assertThat((field >> 8) & 0xff).isGreaterThan(field & 0xff);
        assertThat(new String(webp, StandardCharsets.ISO_8859_1)).doesNotContain("EXIF", "XMP ", "ICCP");
    }

    @Test
    void uploadedWebpFilesAreStillReadByPureJavaCodeNotByTheNativeLibrary() {
        new ImagePipeline();

        var readers = ImageIO.getImageReadersByMIMEType("image/webp");
        assertThat(readers.hasNext()).as("WebP uploads are still taken").isTrue();
        while (readers.hasNext()) {
            ImageReader reader = readers.next();
            assertThat(reader.getClass().getName()).doesNotStartWith("com.luciad");
        }
        assertThat(Arrays.asList(ImageIO.getReaderMIMETypes())).contains("image/webp");
    }
}
