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
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Reads an uploaded photo: refuses what is not an image (by its content, not its name) and images whose header
 * declares too many pixels (a tiny file may declare billions), decodes large ones with pixels skipped, and turns it
 * upright from its EXIF orientation, since the re-encoding that drops EXIF and GPS data also drops the orientation tag.
 */
final class Uploads {

    /** Larger than any newsroom camera's photo; a header declaring more is refused before any pixel is decoded. */
    static final long MAX_PIXELS = 50_000_000L;
    /**
     * The most pixels one decode may hold (about 64 MB as RGB): a long panorama is read with pixels skipped rather than
     * whole, since no width we store needs them.
     */
    static final long MAX_DECODED_PIXELS = 16_000_000L;

    private Uploads() {}

    /**
     * @param enoughWidth the widest copy that will be made: larger images are decoded with pixels skipped down to at
     *     least this width, upright
     */
    static BufferedImage read(byte[] bytes, String name, int enoughWidth) {
        BufferedImage image;
        int orientation;
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw notAnImage(name);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width < 1 || height < 1) {
                    throw notAnImage(name);
                }
                if ((long) width * height > MAX_PIXELS) {
                    throw new ImageRejectedException("Ảnh \"" + name + "\" quá lớn (" + width + "×" + height
                            + " điểm ảnh; tối đa " + MAX_PIXELS / 1_000_000
                            + " triệu điểm ảnh). Hãy thu nhỏ ảnh rồi tải lên lại.");
                }
                orientation = orientation(bytes);
                int uprightWidth = orientation >= 5 ? height : width;
                int step = step(width, height, uprightWidth, enoughWidth);
                ImageReadParam param = reader.getDefaultReadParam();
                param.setSourceSubsampling(step, step, 0, 0);
                image = reader.read(0, param);
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
        return upright(image, orientation);
    }

    /** Every how many pixels to read: the upright width stays at least {@code enoughWidth} while the frame is small. */
    static int step(int width, int height, int uprightWidth, int enoughWidth) {
        int step = Math.max(1, uprightWidth / enoughWidth);
        while (decoded(width, step) * decoded(height, step) > MAX_DECODED_PIXELS) {
            step++;
        }
        return step;
    }

    private static long decoded(int size, int step) {
        return (size + step - 1) / step;
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
