package vn.toasoan.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** Reading uploads without holding more pixels than the stored copies need. */
class UploadsTests {

    @Test
    void aLargePhotoIsDecodedWithPixelsSkippedButNeverNarrowerThanTheWidestCopy() throws Exception {
        byte[] png = png(7000, 4000);

        BufferedImage read = new ImagePipeline().decode(png, "toan-canh.png", MediaStore.MAX_WIDTH, image -> image);

        assertThat(read.getWidth()).isBetween(MediaStore.MAX_WIDTH, 2 * MediaStore.MAX_WIDTH);
        assertThat(read.getHeight()).isEqualTo((4000 + 2) / 3); // every third pixel: 7000 / 1920
    }

    @Test
    void aPhotoTurnedAQuarterKeepsItsUprightWidth() {
        // 4000×3000 as stored, 3000 wide once turned upright: reading every other pixel would leave 1500
        assertThat(ImagePipeline.step(4000, 3000, 3000, MediaStore.MAX_WIDTH)).isEqualTo(1);
        assertThat(ImagePipeline.step(4000, 3000, 4000, MediaStore.MAX_WIDTH)).isEqualTo(2);
    }

    @Test
    void aLongPanoramaIsReadSmallEnoughToFitInMemory() {
        int step = ImagePipeline.step(1000, 49_000, 1000, MediaStore.MAX_WIDTH);

        assertThat(step).isGreaterThan(1);
        assertThat((long) ((1000 + step - 1) / step) * ((49_000 + step - 1) / step))
                .isLessThanOrEqualTo(ImagePipeline.MAX_DECODED_PIXELS);
    }

    @Test
    void tallAndWidePhotosAreDecodedWithinTheMemoryCap() {
        for (int[] size : new int[][] {{1500, 33000}, {33000, 1500}, {7000, 7000}, {2560, 1440}}) {
            int step = ImagePipeline.step(size[0], size[1], size[0], 2560);
            long decoded = (long) ((size[0] + step - 1) / step) * ((size[1] + step - 1) / step);

            assertThat(decoded).as("%dx%d", size[0], size[1]).isLessThanOrEqualTo(ImagePipeline.MAX_DECODED_PIXELS);
        }
        assertThat(ImagePipeline.step(2560, 1440, 2560, 2560))
                .as("an ordinary photo keeps every pixel")
                .isEqualTo(1);
    }

    /** One bit per pixel: a few megabytes in memory, a few kilobytes as a file. */
    private static byte[] png(int width, int height) throws Exception {
        var image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_BINARY);
        var g = image.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, width / 2, height);
        g.dispose();
        var out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
