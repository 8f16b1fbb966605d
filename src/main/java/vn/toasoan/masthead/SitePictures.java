package vn.toasoan.masthead;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.springframework.stereotype.Component;
import vn.toasoan.media.ImagePipeline;

/**
 * The logo and the site icon as stored (PNG, read through the same pipeline as photos, which keeps none of an
 * upload's metadata), the icons browsers and phones ask for, and the icon drawn for a paper that has uploaded none.
 * The default icon is drawn from shapes alone: a server without fonts draws it too.
 */
@Component
class SitePictures {

    static final int ICON_SIZE = 512;
    static final int LOGO_MAX_WIDTH = 960;
    static final int LOGO_MAX_HEIGHT = 240;
    static final Color RED = new Color(0xb7, 0x1c, 0x1c);

    /** A PNG and its size. */
    record Png(byte[] bytes, int width, int height) {}

    private final ImagePipeline pipeline;

    SitePictures(ImagePipeline pipeline) {
        this.pipeline = pipeline;
    }

    /** At most 960 × 240 pixels (twice what the masthead shows), its proportions and transparency kept. */
    Png logo(byte[] upload, String name) {
        return pipeline.decode(upload, name, LOGO_MAX_WIDTH, image -> {
            double scale = Math.min(
                    1.0,
                    Math.min((double) LOGO_MAX_WIDTH / image.getWidth(), (double) LOGO_MAX_HEIGHT / image.getHeight()));
            int width = Math.max(1, (int) Math.round(image.getWidth() * scale));
            int height = Math.max(1, (int) Math.round(image.getHeight() * scale));
            return png(scaled(image, width, height));
        });
    }

    /** The middle square of the upload, 512 × 512. */
    Png icon(byte[] upload, String name) {
        return pipeline.decode(upload, name, ICON_SIZE, image -> {
            int side = Math.min(image.getWidth(), image.getHeight());
            BufferedImage square =
                    image.getSubimage((image.getWidth() - side) / 2, (image.getHeight() - side) / 2, side, side);
            return png(scaled(square, ICON_SIZE, ICON_SIZE));
        });
    }

    /** A folded newspaper on the paper's red: the icon until an administrator uploads one. */
    static BufferedImage defaultIcon() {
        var image = new BufferedImage(ICON_SIZE, ICON_SIZE, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(RED);
            g.fill(new RoundRectangle2D.Double(0, 0, 512, 512, 112, 112));
            g.setColor(Color.WHITE);
            g.fill(new RoundRectangle2D.Double(104, 96, 304, 320, 24, 24));
            g.setColor(RED);
            g.fill(new RoundRectangle2D.Double(140, 134, 232, 44, 10, 10));
            g.setColor(new Color(0x9e, 0x9e, 0x9e));
            g.fill(new RoundRectangle2D.Double(140, 204, 104, 92, 8, 8));
            g.setColor(new Color(0x5f, 0x63, 0x68));
            for (int y : new int[] {206, 240, 274}) {
                g.fill(new RoundRectangle2D.Double(264, y, 108, 18, 9, 9));
            }
            for (int y : new int[] {318, 352}) {
                g.fill(new RoundRectangle2D.Double(140, y, 232, 18, 9, 9));
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    static BufferedImage read(byte[] png) {
        try {
            return ImageIO.read(new java.io.ByteArrayInputStream(png));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Smaller in halving steps, which keeps a 16-pixel favicon sharp where one step would alias it. */
    static BufferedImage scaled(BufferedImage source, int width, int height) {
        BufferedImage current = argb(source);
        while (current.getWidth() / 2 >= width && current.getHeight() / 2 >= height) {
            current = draw(current, current.getWidth() / 2, current.getHeight() / 2);
        }
        return current.getWidth() == width && current.getHeight() == height ? current : draw(current, width, height);
    }

    /** The same icon on white, for phones that fill transparency with black (Apple's touch icon). */
    static BufferedImage onWhite(BufferedImage image) {
        var out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, out.getWidth(), out.getHeight());
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    static Png png(BufferedImage image) {
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Png(out.toByteArray(), image.getWidth(), image.getHeight());
    }

    /** A Windows icon file holding one PNG per size, as every browser since 2007 reads it. */
    static byte[] ico(BufferedImage icon, int... sizes) {
        List<byte[]> images = new ArrayList<>();
        for (int size : sizes) {
            images.add(png(scaled(icon, size, size)).bytes());
        }
        int offset = 6 + 16 * sizes.length;
        int total = offset + images.stream().mapToInt(b -> b.length).sum();
        ByteBuffer out = ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN);
        out.putShort((short) 0).putShort((short) 1).putShort((short) sizes.length);
        for (int i = 0; i < sizes.length; i++) {
            int size = sizes[i];
            out.put((byte) (size >= 256 ? 0 : size)).put((byte) (size >= 256 ? 0 : size));
            out.put((byte) 0).put((byte) 0);
            out.putShort((short) 1).putShort((short) 32);
            out.putInt(images.get(i).length).putInt(offset);
            offset += images.get(i).length;
        }
        images.forEach(out::put);
        return out.array();
    }

    private static BufferedImage argb(BufferedImage source) {
        if (source.getType() == BufferedImage.TYPE_INT_ARGB) {
            return source;
        }
        return draw(source, source.getWidth(), source.getHeight());
    }

    private static BufferedImage draw(BufferedImage source, int width, int height) {
        var out = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(source, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return out;
    }
}
