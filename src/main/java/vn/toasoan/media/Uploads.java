package vn.toasoan.media;

import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.ImageProcessingException;
import com.drew.metadata.MetadataException;
import com.drew.metadata.exif.ExifIFD0Directory;
import java.awt.geom.AffineTransform;
import java.awt.image.AffineTransformOp;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Reads an uploaded photo: refuses what is not an image (by its content, not its name) and images too large to decode
 * safely, and turns it upright from its EXIF orientation, since the re-encoding that drops EXIF and GPS data also
 * drops the orientation tag.
 */
final class Uploads {

    /** Larger than any newsroom camera, small enough that decoding cannot exhaust memory. */
    static final long MAX_PIXELS = 80_000_000L;

    private Uploads() {}

    static BufferedImage read(byte[] bytes, String name) {
        BufferedImage image;
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw notAnImage(name);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels > MAX_PIXELS) {
                    throw new ImageRejectedException("Ảnh \"" + name + "\" quá lớn (" + reader.getWidth(0) + "×"
                            + reader.getHeight(0) + " điểm ảnh). Hãy thu nhỏ ảnh rồi tải lên lại.");
                }
                image = reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof ImageRejectedException rejected) {
                throw rejected;
            }
            throw notAnImage(name);
        }
        if (image == null || image.getWidth() < 1 || image.getHeight() < 1) {
            throw notAnImage(name);
        }
        return upright(image, orientation(bytes));
    }

    static int orientation(byte[] bytes) {
        try {
            var metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(bytes));
            ExifIFD0Directory exif = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
            if (exif != null && exif.containsTag(ExifIFD0Directory.TAG_ORIENTATION)) {
                return exif.getInt(ExifIFD0Directory.TAG_ORIENTATION);
            }
        } catch (ImageProcessingException | IOException | MetadataException e) {
            // no readable EXIF: the image stands as it is stored
        }
        return 1;
    }

    /** EXIF orientations 2–8: mirrored and/or rotated by quarter turns. */
    static BufferedImage upright(BufferedImage image, int orientation) {
        if (orientation < 2 || orientation > 8) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        var t = new AffineTransform();
        switch (orientation) {
            case 2 -> {
                t.scale(-1, 1);
                t.translate(-w, 0);
            }
            case 3 -> {
                t.translate(w, h);
                t.rotate(Math.PI);
            }
            case 4 -> {
                t.scale(1, -1);
                t.translate(0, -h);
            }
            case 5 -> t.setTransform(0, 1, 1, 0, 0, 0);
            case 6 -> {
                t.translate(h, 0);
                t.rotate(Math.PI / 2);
            }
            case 7 -> t.setTransform(0, -1, -1, 0, h, w);
            case 8 -> {
                t.translate(0, w);
                t.rotate(3 * Math.PI / 2);
            }
            default -> {}
        }
        boolean quarter = orientation >= 5;
        var target = new BufferedImage(quarter ? h : w, quarter ? w : h, BufferedImage.TYPE_INT_RGB);
        var g = target.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, target.getWidth(), target.getHeight());
        g.drawImage(image, new AffineTransformOp(t, AffineTransformOp.TYPE_NEAREST_NEIGHBOR), 0, 0);
        g.dispose();
        return target;
    }

    private static ImageRejectedException notAnImage(String name) {
        return new ImageRejectedException(
                "Tệp \"" + name + "\" không phải là ảnh hoặc đã hỏng. Hãy tải lên ảnh JPEG," + " PNG, GIF hoặc WebP.");
    }
}
