package vn.toasoan.search;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import vn.toasoan.support.ArticleBuilder;

/** Articles put straight into an index in memory, described as every test describes an article. */
final class IndexedArticles {

    /** The moment these tests search at. */
    static final Instant NOW = Instant.parse("2026-05-01T03:00:00Z");

    private IndexedArticles() {}

    /** A bare article a day old: a title and nothing else until the test adds it. */
    static ArticleBuilder article(long id) {
        return ArticleBuilder.article()
                .id(id)
                .sapo("")
                .body("")
                .byline("")
                .tags()
                .daysOld(1);
    }

    /** What the index keeps of it; the body is taken as the text the index stores, not as HTML. */
    static IndexedArticle indexed(ArticleBuilder article) {
        List<String> extra = new ArrayList<>();
        extra.add(article.byline());
        extra.addAll(article.tagNames());
        article.captions().forEach(caption -> extra.add(caption.text()));
        Instant published = article.publishedAsOf(NOW);
        return new IndexedArticle(
                article.id(),
                article.sectionOr(1),
                "/bai-" + article.id() + ".html",
                article.title(),
                article.sapo(),
                article.body(),
                String.join("\n", extra.stream().filter(s -> !s.isBlank()).toList()),
                published,
                published);
    }
}
