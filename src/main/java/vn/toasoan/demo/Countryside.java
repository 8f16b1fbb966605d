package vn.toasoan.demo;

import static vn.toasoan.demo.Illustrations.HEIGHT;
import static vn.toasoan.demo.Illustrations.HORIZON;
import static vn.toasoan.demo.Illustrations.WIDTH;
import static vn.toasoan.demo.Illustrations.ground;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.geom.Ellipse2D;
import java.util.Random;

/** The open country: a river, fields, a road, the coast. */
final class Countryside {

    private Countryside() {}

    static void river(Graphics2D g, Random random) {
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

    static void field(Graphics2D g, Random random) {
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

    static void road(Graphics2D g) {
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

    static void coast(Graphics2D g, Random random) {
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
