package vn.toasoan.articles;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.toasoan.media.WebpCopiesAdded;
import vn.toasoan.platform.ChangeFeed;
import vn.toasoan.platform.SiteChanged;

/** Every change to an article reaches the other app nodes through the change feed, with the transaction that made it. */
@Component
class ArticleFeed {

    private final ChangeFeed feed;

    ArticleFeed(ChangeFeed feed) {
        this.feed = feed;
    }

    @EventListener
    void on(ArticleChanged event) {
        feed.announce(SiteChanged.Kind.ARTICLE, event.articleId());
    }

    @EventListener
    void on(ArticlePublished event) {
        feed.announce(SiteChanged.Kind.ARTICLE, event.articleId());
    }

    /** The backfill runs on one node; every node's pages may now offer the WebP copies. */
    @EventListener
    void on(WebpCopiesAdded event) {
        feed.announce(SiteChanged.Kind.ARTICLE, 0);
    }
}
