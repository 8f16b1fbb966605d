package vn.toasoan.search;

import java.time.Instant;

/** Builds the articles that unit tests put in an index. */
final class TestArticle {

    static final Instant NOW = Instant.parse("2026-05-01T03:00:00Z");

    private final long id;
    private String title = "Tin trong ngày";
    private String sapo = "";
    private String body = "";
    private String extra = "";
    private Instant publishedAt = NOW.minusSeconds(86_400);

    private TestArticle(long id) {
        this.id = id;
    }

    static TestArticle article(long id) {
        return new TestArticle(id);
    }

    TestArticle title(String title) {
        this.title = title;
        return this;
    }

    TestArticle sapo(String sapo) {
        this.sapo = sapo;
        return this;
    }

    TestArticle body(String body) {
        this.body = body;
        return this;
    }

    TestArticle extra(String extra) {
        this.extra = extra;
        return this;
    }

    TestArticle daysOld(int days) {
        this.publishedAt = NOW.minusSeconds(86_400L * days);
        return this;
    }

    IndexedArticle build() {
        return new IndexedArticle(id, 1, "/bai-" + id + ".html", title, sapo, body, extra, publishedAt, publishedAt);
    }
}
