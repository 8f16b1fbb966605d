package vn.toasoan.media;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.exif.ExifIFD0Directory;
import java.awt.Color;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.InputStream;

/**
 * How a camera or phone says its photo stands: EXIF orientations 1–8, a quarter turn and/or a mirror. The re-encoding
 * that drops EXIF drops this tag too, so the pixels are turned instead.
 */
final class Orientation {

    static final int UPRIGHT = 1;

    private Orientation() {}

    /** From the EXIF data, as metadata-extractor reads it from JPEG, PNG, WebP and others; upright when there is none. */
    static int of(InputStream image) {
        try (image) {
            var exif = ImageMetadataReader.readMetadata(image).getFirstDirectoryOfType(ExifIFD0Directory.class);
            if (exif != null && exif.containsTag(ExifIFD0Directory.TAG_ORIENTATION)) {
                int orientation = exif.getInt(ExifIFD0Directory.TAG_ORIENTATION);
                return orientation >= 1 && orientation <= 8 ? orientation : UPRIGHT;
            }
        } catch (Exception e) {
            // no readable EXIF (or a phone's broken one): the image stands as it is stored
        }
        return UPRIGHT;
    }

    /** Orientations 5–8 turn the image a quarter: its upright width is its stored height. */
    static boolean quarterTurn(int orientation) {
        return orientation >= 5 && orientation <= 8;
    }

    /** The image as it is meant to be seen, in RGB, white under any transparency. */
    static BufferedImage upright(BufferedImage image, int orientation) {
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
            default -> {
                if (image.getType() == BufferedImage.TYPE_INT_RGB) {
                    return image;
                }
            }
        }
        boolean quarter = quarterTurn(orientation);
        var target = new BufferedImage(quarter ? h : w, quarter ? w : h, BufferedImage.TYPE_INT_RGB);
        var g = target.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, target.getWidth(), target.getHeight());
        g.drawImage(image, t, null);
        g.dispose();
        return target;
    }
}
