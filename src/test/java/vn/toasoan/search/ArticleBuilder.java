package vn.toasoan.search;

import java.time.Instant;

/** Builds the articles that unit tests put in an index. */
final class ArticleBuilder {

    static final Instant NOW = Instant.parse("2026-05-01T03:00:00Z");

    private final long id;
    private String title = "Tin trong ngày";
    private String sapo = "";
    private String body = "";
    private String extra = "";
    private Instant publishedAt = NOW.minusSeconds(86_400);

    private ArticleBuilder(long id) {
        this.id = id;
    }

    static ArticleBuilder article(long id) {
        return new ArticleBuilder(id);
    }

    ArticleBuilder title(String title) {
        this.title = title;
        return this;
    }

    ArticleBuilder sapo(String sapo) {
        this.sapo = sapo;
        return this;
    }

    ArticleBuilder body(String body) {
        this.body = body;
        return this;
    }

    ArticleBuilder extra(String extra) {
        this.extra = extra;
        return this;
    }

    ArticleBuilder daysOld(int days) {
        this.publishedAt = NOW.minusSeconds(86_400L * days);
        return this;
    }

    IndexedArticle build() {
        return new IndexedArticle(id, 1, "/bai-" + id + ".html", title, sapo, body, extra, publishedAt, publishedAt);
    }
}
