package vn.toasoan.support;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import vn.toasoan.articles.ArticleInput;
import vn.toasoan.articles.NewArticle;

/**
 * An article for a test, with believable defaults for whatever the test does not care about. The same description
 * becomes what a reporter saves ({@link #input}), what the importer publishes ({@link #toPublish}), or, read through
 * its accessors, an article placed straight into a part under test; a change to those records touches this class
 * only.
 */
public final class ArticleBuilder {

    private long id;
    private String title = "Tin trong ngày";
    private String sapo = "Sapo của bài thử nghiệm, viết đủ dài để đọc được.";
    private String body =
            "<p>Đoạn thứ nhất của bài thử nghiệm, có dấu đầy đủ.</p><p>Đoạn thứ hai kể thêm chi tiết.</p>";
    private String byline = "PHÓNG VIÊN THỬ";
    private List<String> tags = List.of("Thử nghiệm");
    private final List<Caption> captions = new ArrayList<>();
    private Long sectionId;
    private Instant publishedAt;
    private Duration age = Duration.ZERO;

    /** A photo's caption and credit ("Ảnh: …"). */
    public record Caption(String text, String credit) {}

    private ArticleBuilder() {}

    public static ArticleBuilder article() {
        return new ArticleBuilder();
    }

    public static ArticleBuilder article(String title) {
        return new ArticleBuilder().title(title);
    }

    /** For a part that takes articles without a database, such as the search index. */
    public ArticleBuilder id(long id) {
        this.id = id;
        return this;
    }

    public ArticleBuilder title(String title) {
        this.title = title;
        return this;
    }

    public ArticleBuilder sapo(String sapo) {
        this.sapo = sapo;
        return this;
    }

    /** The body as the part under test takes it: HTML for the newsroom and the importer. */
    public ArticleBuilder body(String body) {
        this.body = body;
        return this;
    }

    /** The body as HTML paragraphs of this text. */
    public ArticleBuilder paragraphs(String... paragraphs) {
        this.body = Stream.of(paragraphs).map(p -> "<p>" + p + "</p>").reduce("", String::concat);
        return this;
    }

    public ArticleBuilder byline(String byline) {
        this.byline = byline;
        return this;
    }

    public ArticleBuilder tags(String... tags) {
        this.tags = List.of(tags);
        return this;
    }

    /** A photo the page names, with its caption and credit; no image file is stored. */
    public ArticleBuilder caption(String caption, String credit) {
        captions.add(new Caption(caption, credit));
        return this;
    }

    /** Left unset, the newsroom's first section. */
    public ArticleBuilder section(long sectionId) {
        this.sectionId = sectionId;
        return this;
    }

    /** Left unset, the moment it is published, less its {@link #daysOld age}. */
    public ArticleBuilder publishedAt(Instant publishedAt) {
        this.publishedAt = publishedAt;
        return this;
    }

    /** Published this many days before the moment the test publishes it. */
    public ArticleBuilder daysOld(int days) {
        this.age = Duration.ofDays(days);
        return this;
    }

    public long id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String sapo() {
        return sapo;
    }

    public String body() {
        return body;
    }

    public String byline() {
        return byline;
    }

    public List<String> tagNames() {
        return tags;
    }

    public List<Caption> captions() {
        return List.copyOf(captions);
    }

    /** When it was published, seen from {@code now}. */
    public Instant publishedAsOf(Instant now) {
        return publishedAt != null ? publishedAt : now.minus(age);
    }

    /** What a reporter saves in the editor or sends to the API. */
    public ArticleInput input(long defaultSection) {
        return new ArticleInput(title, "", sapo, body, sectionOr(defaultSection), tags, byline, "", List.of());
    }

    /** What the importer and the demo content hand over to publish at once. */
    public NewArticle toPublish(long defaultSection, Instant now) {
        Instant published = publishedAsOf(now);
        List<NewArticle.NewFigure> figures = new ArrayList<>();
        for (Caption caption : captions) {
            figures.add(new NewArticle.NewFigure(figures.size(), null, caption.text(), caption.credit(), ""));
        }
        return new NewArticle(
                sectionOr(defaultSection), title, sapo, body, byline, tags, figures, published, published);
    }

    /** The section it was given, or {@code defaultSection}. */
    public long sectionOr(long defaultSection) {
        return sectionId == null ? defaultSection : sectionId;
    }
}
