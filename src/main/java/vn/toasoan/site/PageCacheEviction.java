package vn.toasoan.site;

import java.util.HashSet;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.toasoan.articles.ArticleChanged;
import vn.toasoan.articles.ArticleMoved;
import vn.toasoan.articles.ArticlePublished;
import vn.toasoan.articles.Articles;
import vn.toasoan.articles.Tag;
import vn.toasoan.comments.CommentApproved;
import vn.toasoan.comments.CommentEdited;
import vn.toasoan.comments.CommentImagePublished;
import vn.toasoan.comments.CommentNoticeChanged;
import vn.toasoan.comments.CommentRejected;
import vn.toasoan.comments.CommentReplied;
import vn.toasoan.comments.CommentsErased;
import vn.toasoan.frontpage.FrontPageChanged;
import vn.toasoan.masthead.MastheadChanged;
import vn.toasoan.platform.SiteChanged;
import vn.toasoan.sections.SectionsChanged;

/**
 * Every change that readers see drops the rendered pages that show it, once it has committed. These are the domain's
 * own events, and the change feed's {@link SiteChanged} for what other nodes change.
 */
@Component
class PageCacheEviction {

    private final RenderedPages pages;
    private final Articles articles;

    PageCacheEviction(RenderedPages pages, Articles articles) {
        this.pages = pages;
        this.articles = articles;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ArticlePublished event) {
        article(event.articleId());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ArticleChanged event) {
        article(event.articleId());
    }

    /** Unpublished, scheduled out, sent back: the pages listing it drop it. */
    @TransactionalEventListener(fallbackExecution = true)
    void on(ArticleMoved event) {
        article(event.articleId());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(CommentApproved event) {
        pages.evict(Set.of(RenderedPages.article(event.articleId())));
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(CommentEdited event) {
        pages.evict(Set.of(RenderedPages.article(event.articleId())));
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(CommentRejected event) {
        pages.evict(Set.of(RenderedPages.article(event.articleId())));
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(CommentReplied event) {
        pages.evict(Set.of(RenderedPages.article(event.articleId())));
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(CommentImagePublished event) {
        pages.evict(Set.of(RenderedPages.article(event.articleId())));
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(CommentsErased event) {
        pages.evict(event.articleIds().stream().map(RenderedPages::article).toList());
    }

    /** The notice stands under every article. */
    @TransactionalEventListener(fallbackExecution = true)
    void on(CommentNoticeChanged event) {
        pages.evictAll();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(FrontPageChanged event) {
        pages.evict(Set.of(event.sectionId() == null ? RenderedPages.HOME : RenderedPages.section(event.sectionId())));
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(SectionsChanged event) {
        pages.evictAll();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(MastheadChanged event) {
        pages.evictAll();
    }

    /** Another node's change, as the change feed brings it; this node's own come back too, and cost a second drop. */
    @EventListener
    void on(SiteChanged change) {
        switch (change.kind()) {
            case ARTICLE -> {
                if (change.subject() == 0) {
                    pages.evictAll();
                } else {
                    article(change.subject());
                }
            }
            case COMMENTS -> pages.evict(Set.of(RenderedPages.article(change.subject())));
            case FRONT_PAGE ->
                pages.evict(
                        Set.of(change.subject() == 0 ? RenderedPages.HOME : RenderedPages.section(change.subject())));
            case COMMENT_NOTICE, SECTIONS, MASTHEAD -> pages.evictAll();
            case WORD_RULES -> {
                // what comments meet, not what readers see
            }
        }
    }

    /**
     * Its own page, the pages that list it now, the home page, and the section and tags it is in now (where it may
     * just have appeared).
     */
    private void article(long id) {
        Set<String> keys = new HashSet<>();
        keys.add(RenderedPages.article(id));
        keys.add(RenderedPages.listing(id));
        keys.add(RenderedPages.HOME);
        articles.find(id).ifPresent(article -> {
            keys.add(RenderedPages.section(article.sectionId()));
            for (Tag tag : article.tags()) {
                keys.add(RenderedPages.tag(tag.slug()));
            }
        });
        pages.evict(keys);
    }
}
