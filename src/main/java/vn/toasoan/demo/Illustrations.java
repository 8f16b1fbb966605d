package vn.toasoan.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.util.Random;

/**
 * Simple flat illustrations for the demo articles, drawn at start-up so that the repository carries no photographs
 * of anyone.
 */
final class Illustrations {

    static final int WIDTH = 1200;
    static final int HEIGHT = 675;
    private static final int HORIZON = 380;

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
            case "river" -> river(g, random);
            case "field" -> field(g, random);
            case "city" -> city(g, random);
            case "school" -> building(g, random, new Color(0xf2d16b), true, false);
            case "stadium" -> stadium(g);
            case "market" -> market(g, random);
            case "factory" -> factory(g, random);
            case "meeting" -> meeting(g, random);
            case "festival" -> festival(g, random);
            case "hospital" -> building(g, random, new Color(0xf4f4f4), false, true);
            case "road" -> road(g);
            case "coast" -> coast(g, random);
            default -> field(g, random);
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

    private static void ground(Graphics2D g, Color color) {
        g.setColor(color);
        g.fillRect(0, HORIZON, WIDTH, HEIGHT - HORIZON);
    }

    private static void river(Graphics2D g, Random random) {
        ground(g, new Color(0x7fb069));
        g.setColor(new Color(0x3d7ab8));
        g.fill(new Polygon(
                new int[] {520, 680, 1200, 1200, 0, 0}, new int[] {HORIZON, HORIZON, 560, HEIGHT, HEIGHT, 600}, 6));
        g.setColor(new Color(255, 255, 255, 120));
        g.setStroke(new BasicStroke(3));
        for (int i = 0; i < 14; i++) {
            int y = HORIZON + 30 + random.nextInt(HEIGHT - HORIZON - 40);
            int x = 100 + random.nextInt(900);
            g.drawLine(x, y, x + 40 + random.nextInt(60), y);
        }
        g.setColor(new Color(0x6b4226));
        g.fill(new Polygon(new int[] {560, 700, 680, 580}, new int[] {560, 560, 585, 585}, 4));
    }

    private static void field(Graphics2D g, Random random) {
        Color[] rows = {new Color(0xc9b343), new Color(0xa8c256), new Color(0xd8c25a), new Color(0x8fb84f)};
        for (int i = 0; i < 12; i++) {
            int y0 = HORIZON + i * (HEIGHT - HORIZON) / 12;
            int y1 = HORIZON + (i + 1) * (HEIGHT - HORIZON) / 12;
            g.setColor(rows[(i + random.nextInt(2)) % rows.length]);
            g.fillRect(0, y0, WIDTH, y1 - y0);
        }
        g.setColor(new Color(0x5a3d1e));
        for (int i = 0; i < 4; i++) {
            int x = 200 + i * 230 + random.nextInt(60);
            int y = HORIZON + 120 + random.nextInt(120);
            g.fill(new Polygon(new int[] {x - 30, x + 30, x}, new int[] {y, y, y - 28}, 3));
            g.fillRect(x - 4, y, 8, 40);
        }
    }

    private static void city(Graphics2D g, Random random) {
        ground(g, new Color(0x9a9a9a));
        for (int x = 0; x < WIDTH; x += 110) {
            int h = 150 + random.nextInt(220);
            g.setColor(new Color(90 + random.nextInt(80), 100 + random.nextInt(60), 120 + random.nextInt(60)));
            g.fillRect(x + 5, HORIZON + 120 - h, 100, h + 20);
            g.setColor(new Color(0xfff3b0));
            for (int wy = HORIZON + 135 - h; wy < HORIZON + 110; wy += 28) {
                for (int wx = x + 15; wx < x + 95; wx += 22) {
                    if (random.nextInt(3) > 0) {
                        g.fillRect(wx, wy, 12, 16);
                    }
                }
            }
        }
        g.setColor(new Color(0x444444));
        g.fillRect(0, HORIZON + 150, WIDTH, 120);
        g.setColor(Color.WHITE);
        for (int x = 20; x < WIDTH; x += 90) {
            g.fillRect(x, HORIZON + 205, 50, 8);
        }
    }

    private static void building(Graphics2D g, Random random, Color wall, boolean flag, boolean cross) {
        ground(g, new Color(0x8cbf6a));
        g.setColor(wall);
        g.fillRect(260, HORIZON - 120, 680, 260);
        g.setColor(new Color(0xb5533c));
        g.fill(new Polygon(new int[] {230, 970, 600}, new int[] {HORIZON - 120, HORIZON - 120, HORIZON - 220}, 3));
        g.setColor(new Color(0x4a6fa5));
        for (int row = 0; row < 2; row++) {
            for (int col = 0; col < 8; col++) {
                g.fillRect(295 + col * 80, HORIZON - 90 + row * 110, 44, 60);
            }
        }
        if (flag) {
            g.setColor(new Color(0x555555));
            g.fillRect(1010, HORIZON - 260, 8, 380);
            g.setColor(new Color(0xda251d));
            g.fillRect(1018, HORIZON - 258, 120, 80);
            g.setColor(new Color(0xffff00));
            g.fill(new Ellipse2D.Double(1066, HORIZON - 230, 24, 24));
        }
        if (cross) {
            g.setColor(new Color(0xd62828));
            g.fillRect(570, HORIZON - 200, 60, 16);
            g.fillRect(592, HORIZON - 222, 16, 60);
        }
        trees(g, random);
    }

    private static void trees(Graphics2D g, Random random) {
        for (int i = 0; i < 5; i++) {
            int x = random.nextBoolean() ? 40 + random.nextInt(180) : 980 + random.nextInt(180);
            int y = HORIZON + 160 + random.nextInt(90);
            g.setColor(new Color(0x6b4226));
            g.fillRect(x - 6, y - 30, 12, 60);
            g.setColor(new Color(0x2f7d32));
            g.fill(new Ellipse2D.Double(x - 45, y - 110, 90, 90));
        }
    }

    private static void stadium(Graphics2D g) {
        g.setColor(new Color(0x9aa5b1));
        g.fillRect(0, HORIZON - 150, WIDTH, 170);
        g.setColor(new Color(0xc0392b));
        for (int y = HORIZON - 140; y < HORIZON; y += 24) {
            g.fillRect(0, y, WIDTH, 10);
        }
        g.setColor(new Color(0x3f9b3f));
        g.fillRect(0, HORIZON + 20, WIDTH, HEIGHT);
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(5));
        g.drawRect(60, HORIZON + 60, WIDTH - 120, HEIGHT - HORIZON - 90);
        g.drawLine(WIDTH / 2, HORIZON + 60, WIDTH / 2, HEIGHT - 30);
        g.draw(new Ellipse2D.Double(WIDTH / 2.0 - 70, 480, 140, 120));
    }

    private static void market(Graphics2D g, Random random) {
        ground(g, new Color(0xc8a77a));
        Color[] awnings = {new Color(0xe63946), new Color(0xf4a261), new Color(0x2a9d8f), new Color(0xe9c46a)};
        for (int i = 0; i < 6; i++) {
            int x = 40 + i * 190;
            g.setColor(awnings[random.nextInt(awnings.length)]);
            g.fill(new Polygon(
                    new int[] {x, x + 170, x + 150, x + 20},
                    new int[] {HORIZON + 40, HORIZON + 40, HORIZON, HORIZON},
                    4));
            g.setColor(new Color(0x8d6e4f));
            g.fillRect(x + 15, HORIZON + 40, 140, 90);
            for (int j = 0; j < 5; j++) {
                g.setColor(new Color(150 + random.nextInt(100), 80 + random.nextInt(150), 30 + random.nextInt(80)));
                g.fill(new Ellipse2D.Double(x + 20 + j * 26, HORIZON + 50, 24, 24));
            }
        }
    }

    private static void factory(Graphics2D g, Random random) {
        ground(g, new Color(0x8f9779));
        g.setColor(new Color(0x7d8597));
        g.fillRect(180, HORIZON - 80, 820, 220);
        for (int i = 0; i < 5; i++) {
            g.setColor(new Color(0x5c677d));
            g.fill(new Polygon(
                    new int[] {180 + i * 164, 344 + i * 164, 344 + i * 164},
                    new int[] {HORIZON - 80, HORIZON - 80, HORIZON - 150},
                    3));
        }
        g.setColor(new Color(0x6c757d));
        g.fillRect(820, HORIZON - 300, 50, 230);
        g.setColor(new Color(220, 220, 220, 180));
        for (int i = 0; i < 5; i++) {
            g.fill(new Ellipse2D.Double(830 + i * 30, HORIZON - 360 - i * 30, 70 + random.nextInt(30), 50));
        }
    }

    private static void meeting(Graphics2D g, Random random) {
        g.setColor(new Color(0xe8dcc8));
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.setColor(new Color(0xb22222));
        g.fillRect(120, 50, 960, 110);
        g.setColor(new Color(0xffd700));
        g.fillRect(160, 95, 880, 10);
        g.setColor(new Color(0x8b5a2b));
        g.fillRect(300, 220, 600, 70);
        for (int row = 0; row < 4; row++) {
            for (int seat = 0; seat < 12; seat++) {
                int x = 60 + seat * 92 + (row % 2) * 20;
                int y = 360 + row * 75;
                g.setColor(new Color(0x2d3e50));
                g.fill(new Ellipse2D.Double(x + 20, y - 34, 34, 34));
                g.setColor(random.nextBoolean() ? new Color(0xf5f5f5) : new Color(0x34495e));
                g.fillRoundRect(x + 8, y, 58, 50, 20, 20);
            }
        }
    }

    private static void festival(Graphics2D g, Random random) {
        ground(g, new Color(0xa9745b));
        Color[] lanterns = {new Color(0xe63946), new Color(0xffb703), new Color(0xfb8500)};
        g.setColor(new Color(0x333333));
        g.setStroke(new BasicStroke(2));
        g.drawLine(0, 120, WIDTH, 180);
        g.drawLine(0, 220, WIDTH, 160);
        for (int i = 0; i < 14; i++) {
            int x = 40 + i * 85;
            int y = 120 + (i * 60 / 14) + 20;
            g.setColor(lanterns[random.nextInt(lanterns.length)]);
            g.fill(new Ellipse2D.Double(x, y, 50, 64));
        }
        for (int i = 0; i < 10; i++) {
            g.setColor(new Color(random.nextInt(200), random.nextInt(200), random.nextInt(200)));
            int x = 60 + random.nextInt(1080);
            g.fill(new Ellipse2D.Double(x, HORIZON + 80 + random.nextInt(100), 36, 36));
            g.fillRoundRect(x - 4, HORIZON + 120 + random.nextInt(100), 44, 90, 18, 18);
        }
    }

    private static void road(Graphics2D g) {
        ground(g, new Color(0x8cbf6a));
        g.setColor(new Color(0x4a4a4a));
        g.fill(new Polygon(new int[] {560, 640, 1100, 100}, new int[] {HORIZON, HORIZON, HEIGHT, HEIGHT}, 4));
        g.setColor(Color.WHITE);
        for (int i = 0; i < 8; i++) {
            double t0 = i / 8.0;
            double t1 = t0 + 0.05;
            int y0 = (int) (HORIZON + t0 * t0 * (HEIGHT - HORIZON));
            int y1 = (int) (HORIZON + t1 * t1 * (HEIGHT - HORIZON));
            int w0 = (int) (2 + t0 * 10);
            g.fillRect(600 - w0 / 2, y0, w0, Math.max(2, y1 - y0));
        }
    }

    private static void coast(Graphics2D g, Random random) {
        g.setColor(new Color(0x2e86ab));
        g.fillRect(0, HORIZON - 60, WIDTH, 260);
        g.setColor(new Color(0xf2d8a7));
        g.fill(new Polygon(
                new int[] {0, WIDTH, WIDTH, 0}, new int[] {HORIZON + 140, HORIZON + 100, HEIGHT, HEIGHT}, 4));
        g.setColor(new Color(255, 255, 255, 150));
        g.setStroke(new BasicStroke(3));
        for (int i = 0; i < 12; i++) {
            int x = random.nextInt(WIDTH);
            int y = HORIZON - 40 + random.nextInt(160);
            g.drawArc(x, y, 60, 14, 0, 180);
        }
        g.setColor(new Color(0x6b4226));
        g.setStroke(new BasicStroke(14));
        g.drawLine(950, HEIGHT - 40, 990, HORIZON + 20);
        g.setColor(new Color(0x2f7d32));
        for (int i = 0; i < 5; i++) {
            g.fill(new Ellipse2D.Double(930 + i * 20 - 50, HORIZON - 10 + (i % 2) * 20, 120, 36));
        }
    }
}
