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

/** Where people gather: a stadium, a market, a meeting hall, a festival. */
final class Gatherings {

    private Gatherings() {}

    static void stadium(Graphics2D g) {
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

    static void market(Graphics2D g, Random random) {
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

    static void meeting(Graphics2D g, Random random) {
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

    static void festival(Graphics2D g, Random random) {
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
}
