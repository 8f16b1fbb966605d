package vn.toasoan.demo;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.util.Random;

/**
 * Simple flat illustrations for the demo articles, drawn at start-up so that the repository carries no photographs
 * of anyone: a sky and hills behind each scene, the scene itself from {@link Countryside}, {@link Buildings} or
 * {@link Gatherings}.
 */
final class Illustrations {

    static final int WIDTH = 1200;
    static final int HEIGHT = 675;
    static final int HORIZON = 380;

    private Illustrations() {}

    static BufferedImage draw(String scene, long seed) {
        var image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        var random = new Random(seed);
        sky(g, random);
        hills(g, random, new Color(0x6f9a6b), HORIZON - 40);
        hills(g, random, new Color(0x4f7d4f), HORIZON);
        switch (scene == null ? "" : scene) {
            case "river" -> Countryside.river(g, random);
            case "field" -> Countryside.field(g, random);
            case "city" -> Buildings.city(g, random);
            case "school" -> Buildings.building(g, random, new Color(0xf2d16b), true, false);
            case "stadium" -> Gatherings.stadium(g);
            case "market" -> Gatherings.market(g, random);
            case "factory" -> Buildings.factory(g, random);
            case "meeting" -> Gatherings.meeting(g, random);
            case "festival" -> Gatherings.festival(g, random);
            case "hospital" -> Buildings.building(g, random, new Color(0xf4f4f4), false, true);
            case "road" -> Countryside.road(g);
            case "coast" -> Countryside.coast(g, random);
            default -> Countryside.field(g, random);
        }
        g.dispose();
        return image;
    }

    private static void sky(Graphics2D g, Random random) {
        g.setPaint(new GradientPaint(0, 0, new Color(0x7ab8e8), 0, HORIZON, new Color(0xe9f4fb)));
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.setColor(new Color(0xffd75e));
        int x = 150 + random.nextInt(900);
        g.fill(new Ellipse2D.Double(x, 60 + random.nextInt(60), 90, 90));
        g.setColor(new Color(255, 255, 255, 210));
        for (int i = 0; i < 3; i++) {
            int cx = random.nextInt(WIDTH);
            int cy = 40 + random.nextInt(140);
            for (int j = 0; j < 4; j++) {
                g.fill(new Ellipse2D.Double(cx + j * 38, cy - (j % 2) * 18, 90, 50));
            }
        }
    }

    private static void hills(Graphics2D g, Random random, Color color, int base) {
        var path = new Path2D.Double();
        path.moveTo(0, HEIGHT);
        path.lineTo(0, base);
        for (int x = 0; x <= WIDTH; x += 150) {
            path.quadTo(x + 75, base - 40 - random.nextInt(70), x + 150, base);
        }
        path.lineTo(WIDTH, HEIGHT);
        path.closePath();
        g.setColor(color);
        g.fill(path);
    }

    static void ground(Graphics2D g, Color color) {
        g.setColor(color);
        g.fillRect(0, HORIZON, WIDTH, HEIGHT - HORIZON);
    }
}
