package vn.toasoan.site;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.toasoan.articles.ArticleChanged;
import vn.toasoan.articles.ArticlePublished;
import vn.toasoan.articles.ArticleSummary;
import vn.toasoan.articles.Articles;
import vn.toasoan.platform.SiteChanged;

/**
 * The newest articles of the paper and of each section, which the home page, section pages and their side columns
 * draw on, and how many articles each section and tag has, which their pages are numbered by. Each list and each count
 * is one query; a publish clears them at once, and otherwise readers do not notice a few seconds.
 */
@Component
class Newest {

    /** Enough candidates to fill a list even after leaving out what a page already shows higher up. */
    static final int DEPTH = 40;

    private final Articles articles;
    private final Cache<Long, List<ArticleSummary>> lists =
            Caffeine.newBuilder().expireAfterWrite(Duration.ofSeconds(10)).build();
    /**
     * Counting a section or a tag of a large archive reads all its entries in an index: not once for every page shown.
     */
    private final Cache<Long, Long> sectionCounts =
            Caffeine.newBuilder().expireAfterWrite(Duration.ofSeconds(10)).build();

    private final Cache<String, Long> tagCounts = Caffeine.newBuilder()
            .maximumSize(10_000)
            .expireAfterWrite(Duration.ofSeconds(10))
            .build();

    Newest(Articles articles) {
        this.articles = articles;
    }

    /** The newest published articles of the whole paper. */
    List<ArticleSummary> all() {
        return lists.get(0L, key -> articles.latest(DEPTH));
    }

    List<ArticleSummary> inSection(long sectionId) {
        return lists.get(sectionId, id -> articles.latestInSection(id, DEPTH));
    }

    /** How many published articles the section has. */
    long countInSection(long sectionId) {
        return sectionCounts.get(sectionId, articles::countInSection);
    }

    /** How many published articles have the tag. */
    long countWithTag(String tagSlug) {
        return tagCounts.get(tagSlug, articles::countWithTag);
    }

    @TransactionalEventListener(
            classes = {ArticlePublished.class, ArticleChanged.class},
            fallbackExecution = true)
    void forget() {
        lists.invalidateAll();
        sectionCounts.invalidateAll();
        tagCounts.invalidateAll();
    }

    /** Another node's change, or this node's own as the feed brings it back. */
    @EventListener
    void on(SiteChanged change) {
        if (change.kind() == SiteChanged.Kind.ARTICLE || change.kind() == SiteChanged.Kind.SECTIONS) {
            lists.invalidateAll();
            sectionCounts.invalidateAll();
            tagCounts.invalidateAll();
        }
    }
}
