package vn.toasoan.demo;

import static vn.toasoan.demo.Illustrations.HORIZON;
import static vn.toasoan.demo.Illustrations.WIDTH;
import static vn.toasoan.demo.Illustrations.ground;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.geom.Ellipse2D;
import java.util.Random;

/** Built places: a street of the city, a school or hospital among trees, a factory. */
final class Buildings {

    private Buildings() {}

    static void city(Graphics2D g, Random random) {
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

    static void building(Graphics2D g, Random random, Color wall, boolean flag, boolean cross) {
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

    static void factory(Graphics2D g, Random random) {
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
}
