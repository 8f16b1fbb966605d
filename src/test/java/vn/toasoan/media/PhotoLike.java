package vn.toasoan.media;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.Random;

/**
 * A picture that compresses like a photograph rather than like a drawing: a sky in a soft gradient, hills, and a field
 * of fine irregular texture (grass, crowds, leaves) in which no two pixels repeat. Drawn from a seed, so it is the same
 * in every run.
 */
public final class PhotoLike {

    private PhotoLike() {}

    public static BufferedImage draw(int width, int height, long seed) {
        var random = new Random(seed);
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setPaint(new GradientPaint(0, 0, new Color(92, 140, 205), 0, height * 0.45f, new Color(222, 232, 240)));
        g.fillRect(0, 0, width, height);
        for (int hill = 0; hill < 4; hill++) {
            g.setColor(new Color(40 + 20 * hill, 90 + 15 * hill, 50 + 10 * hill));
            int top = (int) (height * (0.35 + 0.06 * hill));
            g.fillOval(random.nextInt(width) - width / 2, top, width, height);
        }
        g.dispose();
        // texture: each pixel of the lower part moved by noise that is smooth over a few pixels, as detail in a photo
        int[] row = new int[width];
        double[] noise = new double[width + 8];
        for (int y = (int) (height * 0.4); y < height; y++) {
            for (int i = 0; i < noise.length; i++) {
                noise[i] = noise[i] * 0.55 + random.nextGaussian() * 0.45;
            }
            image.getRGB(0, y, width, 1, row, 0, width);
            for (int x = 0; x < width; x++) {
                double n = (noise[x] + noise[x + 3] + noise[x + 7]) * 14;
                int r = clamp(((row[x] >> 16) & 0xff) + n);
                int gr = clamp(((row[x] >> 8) & 0xff) + n * 1.2);
                int b = clamp((row[x] & 0xff) + n * 0.6);
                row[x] = (r << 16) | (gr << 8) | b;
            }
            image.setRGB(0, y, width, 1, row, 0, width);
        }
        return image;
    }

    private static int clamp(double value) {
        return (int) Math.max(0, Math.min(255, Math.round(value)));
    }
}
