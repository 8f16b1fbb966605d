package vn.toasoan.archive;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import javax.imageio.ImageIO;
import vn.toasoan.vietnamese.VietnameseText;

/**
 * Writes a WordPress export (WXR 1.2) of N synthetic articles, with the uploads tree beside it: authors, categories,
 * tags, featured photos and photos with captions in the body, comments approved, waiting, spam and trashed,
 * pingbacks, drafts and trashed posts. The text is a random walk over the word pairs of the sentences written for
 * this project (its evaluation sentences and comment register), with names made from its syllables: nothing copied.
 *
 * <pre>
 * java … vn.toasoan.archive.WxrGenerator N OUT.xml [UPLOADS_DIR] [PHOTOS]
 * </pre>
 *
 * PHOTOS is how many distinct photo files the articles share (default: one per ten articles, at most 2,000).
 */
public final class WxrGenerator {

    static final String DEFAULT_SITE = "https://baocu.example";
    static final String[] SECTIONS = {
        "Thời sự", "Kinh tế", "Văn hóa", "Thể thao", "Giáo dục", "Sức khỏe", "Pháp luật", "Du lịch"
    };
    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ"};
    private static final DateTimeFormatter WP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final String site;
    private final Random random;
    private final Map<String, List<String>> next = new HashMap<>();
    private final List<String> starts = new ArrayList<>();
    private final List<String> syllables = new ArrayList<>();
    private final List<String> authors = new ArrayList<>();
    private final List<String> tags = new ArrayList<>();

    WxrGenerator(long seed) {
        this(seed, DEFAULT_SITE);
    }

    /** @param site the old site's address, which the posts' links and the photos' addresses start with */
    WxrGenerator(long seed, String site) {
        this.site = site;
        this.random = new Random(seed);
        learn("/vietnamese/sentences-vi.txt");
        learn("/vietnamese/comment-register.txt");
        for (int i = 0; i < 12; i++) {
            authors.add(FAMILY[random.nextInt(FAMILY.length)] + " " + name() + " " + name());
        }
        for (int i = 0; i < 60; i++) {
            tags.add(capitalize(walk(2, 3)));
        }
    }

    public static void main(String[] args) throws IOException {
        int n = Integer.parseInt(args[0]);
        Path out = Path.of(args[1]);
        Path uploads = args.length > 2 ? Path.of(args[2]) : null;
        int photos = args.length > 3 ? Integer.parseInt(args[3]) : Math.max(1, Math.min(2_000, n / 10));
        long started = System.nanoTime();
        new WxrGenerator(42).write(n, out, uploads, photos);
        System.out.printf(
                Locale.ROOT,
                "%d articles, %d photos: %s (%.1f MB) in %.1f s%n",
                n,
                uploads == null ? 0 : photos,
                out,
                Files.size(out) / 1e6,
                (System.nanoTime() - started) / 1e9);
    }

    /** Writes the export, and when {@code uploads} is given, {@code photos} small JPEG files under it. */
    void write(int n, Path out, Path uploads, int photos) throws IOException {
        List<String> photoUrls = new ArrayList<>();
        if (uploads != null) {
            for (int i = 0; i < photos; i++) {
                String relative = String.format(Locale.ROOT, "%d/%02d/anh-%d.jpg", 2015 + i % 10, 1 + i % 12, i);
                Path file = uploads.resolve(relative);
                Files.createDirectories(file.getParent());
                ImageIO.write(picture(i), "jpg", file.toFile());
                photoUrls.add(site + "/wp-content/uploads/" + relative);
            }
        }
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write("""
                    <?xml version="1.0" encoding="UTF-8" ?>
                    <rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
                      xmlns:content="http://purl.org/rss/1.0/modules/content/"
                      xmlns:wfw="http://wellformedweb.org/CommentAPI/" xmlns:dc="http://purl.org/dc/elements/1.1/"
                      xmlns:wp="http://wordpress.org/export/1.2/">
                    <channel>
                      <title>Báo Cũ</title>
                      <link>%s</link>
                      <wp:wxr_version>1.2</wp:wxr_version>
                      <wp:base_site_url>%s</wp:base_site_url>
                    """.formatted(site, site));
            for (int a = 0; a < authors.size(); a++) {
                w.write("  <wp:author><wp:author_id>" + (a + 1) + "</wp:author_id><wp:author_login>"
                        + cdata(login(a)) + "</wp:author_login><wp:author_display_name>" + cdata(authors.get(a))
                        + "</wp:author_display_name></wp:author>\n");
            }
            for (String section : SECTIONS) {
                w.write("  <wp:category><wp:category_nicename>" + cdata(VietnameseText.slug(section))
                        + "</wp:category_nicename><wp:cat_name>" + cdata(section) + "</wp:cat_name></wp:category>\n");
            }
            long id = 1;
            for (int p = 0; p < photoUrls.size(); p++) {
                w.write(attachment(100_000_000L + p, photoUrls.get(p)));
            }
            for (int i = 0; i < n; i++) {
                w.write(post(id++, photoUrls));
            }
            w.write("</channel>\n</rss>\n");
        }
    }

    private String attachment(long id, String url) {
        return "  <item><title>" + cdata("Ảnh " + id) + "</title><wp:post_id>" + id
                + "</wp:post_id><wp:post_type>attachment</wp:post_type><wp:status>inherit</wp:status>"
                + "<wp:attachment_url>" + cdata(url) + "</wp:attachment_url><excerpt:encoded>"
                + cdata(capitalize(walk(6, 12)) + ". Ảnh: " + initials()) + "</excerpt:encoded></item>\n";
    }

    private String post(long id, List<String> photoUrls) {
        String title = capitalize(walk(8, 14));
        Instant date = Instant.parse("2012-01-01T00:00:00Z").plusSeconds(random.nextLong(12L * 365 * 24 * 3600));
        LocalDateTime gmt = LocalDateTime.ofInstant(date, ZoneOffset.UTC);
        int roll = random.nextInt(100);
        String status = roll < 94 ? "publish" : roll < 98 ? "draft" : "trash";
        String slug = VietnameseText.slug(title);
        var item = new StringBuilder("  <item>\n");
        item.append("    <title>").append(cdata(title)).append("</title>\n");
        item.append("    <link>")
                .append(site)
                .append(String.format(
                        Locale.ROOT, "/%d/%02d/%02d/", gmt.getYear(), gmt.getMonthValue(), gmt.getDayOfMonth()))
                .append(slug)
                .append("/</link>\n");
        item.append("    <dc:creator>")
                .append(cdata(login(random.nextInt(authors.size()))))
                .append("</dc:creator>\n");
        item.append("    <guid isPermaLink=\"false\">")
                .append(site)
                .append("/?p=")
                .append(id)
                .append("</guid>\n");
        item.append("    <content:encoded>").append(cdata(body(photoUrls))).append("</content:encoded>\n");
        item.append("    <excerpt:encoded>")
                .append(cdata(random.nextInt(10) < 7 ? sentence() : ""))
                .append("</excerpt:encoded>\n");
        item.append("    <wp:post_id>").append(id).append("</wp:post_id>\n");
        item.append("    <wp:post_date>")
                .append(cdata(WP.format(gmt.plusHours(7))))
                .append("</wp:post_date>\n");
        item.append("    <wp:post_date_gmt>")
                .append(cdata(status.equals("draft") ? "0000-00-00 00:00:00" : WP.format(gmt)))
                .append("</wp:post_date_gmt>\n");
        item.append("    <wp:post_name>").append(cdata(slug)).append("</wp:post_name>\n");
        item.append("    <wp:status>").append(cdata(status)).append("</wp:status>\n");
        item.append("    <wp:post_type>").append(cdata("post")).append("</wp:post_type>\n");
        String section = SECTIONS[random.nextInt(SECTIONS.length)];
        item.append("    <category domain=\"category\" nicename=\"")
                .append(VietnameseText.slug(section))
                .append("\">")
                .append(cdata(section))
                .append("</category>\n");
        for (int t = random.nextInt(4); t > 0; t--) {
            String tag = tags.get(random.nextInt(tags.size()));
            item.append("    <category domain=\"post_tag\" nicename=\"")
                    .append(VietnameseText.slug(tag))
                    .append("\">")
                    .append(cdata(tag))
                    .append("</category>\n");
        }
        if (!photoUrls.isEmpty()) {
            item.append("    <wp:postmeta><wp:meta_key>")
                    .append(cdata("_thumbnail_id"))
                    .append("</wp:meta_key><wp:meta_value>")
                    .append(cdata(Long.toString(100_000_000L + random.nextInt(photoUrls.size()))))
                    .append("</wp:meta_value></wp:postmeta>\n");
        }
        long commentId = id * 10;
        for (int c = random.nextInt(5); c > 0; c--) {
            int kind = random.nextInt(20);
            String approved = kind < 14 ? "1" : kind < 17 ? "0" : kind < 19 ? "spam" : "trash";
            String type = random.nextInt(25) == 0 ? "pingback" : "comment";
            item.append(comment(commentId++, approved, type, date.plusSeconds(3600L + random.nextInt(86_400))));
        }
        return item.append("  </item>\n").toString();
    }

    private String comment(long id, String approved, String type, Instant at) {
        return "    <wp:comment><wp:comment_id>" + id + "</wp:comment_id><wp:comment_author>"
                + cdata(FAMILY[random.nextInt(FAMILY.length)] + " " + name())
                + "</wp:comment_author><wp:comment_author_email>" + cdata("bandoc" + id + "@example.vn")
                + "</wp:comment_author_email><wp:comment_author_IP>"
                + cdata("203.113." + random.nextInt(255) + "." + random.nextInt(255))
                + "</wp:comment_author_IP><wp:comment_date_gmt>"
                + cdata(WP.format(LocalDateTime.ofInstant(at, ZoneOffset.UTC)))
                + "</wp:comment_date_gmt><wp:comment_content>" + cdata(sentence() + " " + sentence())
                + "</wp:comment_content><wp:comment_approved>" + cdata(approved)
                + "</wp:comment_approved><wp:comment_type>" + cdata(type)
                + "</wp:comment_type><wp:comment_parent>0</wp:comment_parent></wp:comment>\n";
    }

    private String body(List<String> photoUrls) {
        var body = new StringBuilder();
        int paragraphs = 4 + random.nextInt(6);
        for (int p = 0; p < paragraphs; p++) {
            if (p == 2 && !photoUrls.isEmpty() && random.nextInt(4) == 0) {
                String url = photoUrls.get(random.nextInt(photoUrls.size()));
                body.append("[caption id=\"\" align=\"aligncenter\" width=\"400\"]<img src=\"")
                        .append(url)
                        .append("\" alt=\"\" width=\"400\" height=\"300\" /> ")
                        .append(capitalize(walk(6, 12)))
                        .append(". Ảnh: ")
                        .append(initials())
                        .append("[/caption]\n\n");
            }
            for (int s = 2 + random.nextInt(3); s > 0; s--) {
                body.append(sentence()).append(' ');
            }
            body.append("\n\n");
        }
        return body.toString().strip();
    }

    /** A sentence: a walk over the project's word pairs, a person's name now and then. */
    String sentence() {
        String text = capitalize(walk(8, 22));
        if (random.nextInt(6) == 0) {
            text += ", ông " + FAMILY[random.nextInt(FAMILY.length)] + " " + name() + " " + name() + " cho biết";
        }
        return text + ".";
    }

    private String walk(int min, int max) {
        int length = min + random.nextInt(max - min + 1);
        List<String> words = new ArrayList<>();
        String w = starts.get(random.nextInt(starts.size()));
        while (words.size() < length) {
            words.add(w);
            List<String> followers = next.get(w);
            w = followers == null || random.nextInt(8) == 0
                    ? starts.get(random.nextInt(starts.size()))
                    : followers.get(random.nextInt(followers.size()));
        }
        return String.join(" ", words);
    }

    private String name() {
        return capitalize(syllables.get(random.nextInt(syllables.size())));
    }

    private String initials() {
        return (FAMILY[random.nextInt(FAMILY.length)].substring(0, 1) + "." + name()).toUpperCase(Locale.ROOT);
    }

    private static String login(int author) {
        return "phongvien" + (author + 1);
    }

    private void learn(String resource) {
        try (InputStream in = WxrGenerator.class.getResourceAsStream(resource)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String previous = null;
                for (String word : VietnameseText.syllables(line)) {
                    String lower = word.toLowerCase(Locale.ROOT);
                    if (!lower.chars().allMatch(Character::isLetter)) {
                        previous = null;
                        continue;
                    }
                    if (previous == null) {
                        starts.add(lower);
                    } else {
                        next.computeIfAbsent(previous, k -> new ArrayList<>()).add(lower);
                    }
                    if (lower.length() > 2 && !VietnameseText.fold(lower).equals(lower)) {
                        syllables.add(lower);
                    }
                    previous = lower;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    private static String cdata(String s) {
        return "<![CDATA[" + s.replace("]]>", "]]]]><![CDATA[>") + "]]>";
    }

    private static BufferedImage picture(int i) {
        var image = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(Color.HSBtoRGB((i * 0.137f) % 1f, 0.5f, 0.8f)));
        g.fillRect(0, 0, 400, 300);
        g.setColor(Color.WHITE);
        g.fillOval(50 + i % 200, 60, 120, 120);
        g.dispose();
        return image;
    }
}
