package vn.toasoan.media;

import static org.assertj.core.api.Assertions.assertThat;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Directory;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.ExifSubIFDDirectory;
import com.drew.metadata.exif.GpsDirectory;
import com.drew.metadata.icc.IccDirectory;
import com.drew.metadata.jpeg.JpegCommentDirectory;
import com.drew.metadata.xmp.XmpDirectory;
import java.awt.Color;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.jpeg.xmp.JpegXmpRewriter;
import org.apache.commons.imaging.formats.tiff.constants.ExifTagConstants;
import org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;

/**
 * A photo taken upright on a phone held sideways, as the phone stores it: the sensor's 40×20 pixels, red on their left
 * half and blue on their right, with an EXIF orientation that says how to turn them, the place it was taken (GPS), XMP,
 * an ICC profile and a comment. Turned upright it is 20×40, red on top for orientation 6 (turn a quarter clockwise)
 * and red below for orientation 8 (a quarter anticlockwise).
 */
public final class PhonePhotos {

    public static final int STORED_WIDTH = 40;
    public static final int STORED_HEIGHT = 20;
    /** In the JPEG's comment segment: where it was taken, as some phones write it. */
    public static final String COMMENT = "Chup tai nha rieng, 12 Tran Phu";

    private PhonePhotos() {}

    /** @param orientation 6 or 8 */
    public static byte[] turned(int orientation) {
        var image = new BufferedImage(STORED_WIDTH, STORED_HEIGHT, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, STORED_WIDTH / 2, STORED_HEIGHT);
        g.setColor(Color.BLUE);
        g.fillRect(STORED_WIDTH / 2, 0, STORED_WIDTH / 2, STORED_HEIGHT);
        g.dispose();
        try {
            var plain = new ByteArrayOutputStream();
            ImageIO.write(image, "jpg", plain);
            var exif = new TiffOutputSet();
            var root = exif.getOrCreateRootDirectory();
            root.add(TiffTagConstants.TIFF_TAG_MAKE, "Apple");
            root.add(TiffTagConstants.TIFF_TAG_MODEL, "iPhone 13");
            root.add(TiffTagConstants.TIFF_TAG_ORIENTATION, (short) orientation);
            exif.getOrCreateExifDirectory().add(ExifTagConstants.EXIF_TAG_DATE_TIME_ORIGINAL, "2024:05:19 07:30:00");
            exif.setGpsInDegrees(105.6813, 18.6734);
            var withExif = new ByteArrayOutputStream();
            new ExifRewriter().updateExifMetadataLossless(plain.toByteArray(), withExif, exif);
            var withXmp = new ByteArrayOutputStream();
            new JpegXmpRewriter().updateXmpXml(withExif.toByteArray(), withXmp, xmp());
            return withSegmentsAfterStart(withXmp.toByteArray(), iccSegment(), commentSegment());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Upright as a reader should see it, with pixels from the right half of the sensor below or above. */
    public static void assertUpright(BufferedImage shown, int orientation) {
        assertThat(shown.getWidth()).as("width").isEqualTo(STORED_HEIGHT);
        assertThat(shown.getHeight()).as("height").isEqualTo(STORED_WIDTH);
        int bottom = shown.getHeight() - 2;
        int right = shown.getWidth() - 2;
        boolean redOnTop = orientation == 6;
        for (int x : new int[] {1, right}) {
            assertThat(colour(shown.getRGB(x, 1))).as("top at x=%d", x).isEqualTo(redOnTop ? "red" : "blue");
            assertThat(colour(shown.getRGB(x, bottom))).as("bottom at x=%d", x).isEqualTo(redOnTop ? "blue" : "red");
        }
    }

    /** Nothing of what the phone wrote beside the pixels. */
    public static void assertNoMetadata(byte[] jpeg) throws Exception {
        var metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(jpeg));
        for (Class<? extends Directory> kind : List.of(
                ExifIFD0Directory.class,
                ExifSubIFDDirectory.class,
                GpsDirectory.class,
                XmpDirectory.class,
                IccDirectory.class,
                JpegCommentDirectory.class)) {
            assertThat(metadata.getFirstDirectoryOfType(kind))
                    .as(kind.getSimpleName())
                    .isNull();
        }
        assertThat(new String(jpeg, StandardCharsets.ISO_8859_1))
                .doesNotContain("Exif")
                .doesNotContain("iPhone")
                .doesNotContain("ns.adobe.com")
                .doesNotContain("ICC_PROFILE")
                .doesNotContain(COMMENT);
    }

    public static BufferedImage decode(byte[] jpeg) {
        try {
            return ImageIO.read(new ByteArrayInputStream(jpeg));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String colour(int rgb) {
        int r = (rgb >> 16) & 0xff;
        int g = (rgb >> 8) & 0xff;
        int b = rgb & 0xff;
        if (r > 180 && g < 80 && b < 80) {
            return "red";
        }
        if (b > 180 && r < 80 && g < 80) {
            return "blue";
        }
        return String.format("#%02x%02x%02x", r, g, b);
    }

    private static String xmp() {
        return """
                <x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
                <rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmp:CreatorTool="iPhone 13"/>
                </rdf:RDF></x:xmpmeta>""";
    }

    /** An APP2 segment carrying the sRGB profile, as cameras embed theirs. */
    private static byte[] iccSegment() {
        byte[] profile = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
        var payload = new ByteArrayOutputStream();
        payload.writeBytes("ICC_PROFILE\0".getBytes(StandardCharsets.US_ASCII));
        payload.write(1);
        payload.write(1);
        payload.writeBytes(profile);
        return segment(0xE2, payload.toByteArray());
    }

    private static byte[] commentSegment() {
        return segment(0xFE, COMMENT.getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] segment(int marker, byte[] payload) {
        var out = new ByteArrayOutputStream();
        out.write(0xFF);
        out.write(marker);
        out.write((payload.length + 2) >> 8);
        out.write((payload.length + 2) & 0xFF);
        out.writeBytes(payload);
        return out.toByteArray();
    }

    private static byte[] withSegmentsAfterStart(byte[] jpeg, byte[]... segments) {
        var out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        for (byte[] segment : segments) {
            out.writeBytes(segment);
        }
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }
}
