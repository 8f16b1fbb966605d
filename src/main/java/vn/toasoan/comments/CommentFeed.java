package vn.toasoan.comments;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.toasoan.platform.ChangeFeed;
import vn.toasoan.platform.SiteChanged;

/** Every change readers see under an article reaches the other app nodes through the change feed. */
@Component
class CommentFeed {

    private final ChangeFeed feed;

    CommentFeed(ChangeFeed feed) {
        this.feed = feed;
    }

    @EventListener
    void on(CommentApproved event) {
        changed(event.articleId());
    }

    @EventListener
    void on(CommentImagePublished event) {
        changed(event.articleId());
    }

    @EventListener
    void on(CommentRejected event) {
        changed(event.articleId());
    }

    @EventListener
    void on(CommentEdited event) {
        changed(event.articleId());
    }

    @EventListener
    void on(CommentReplied event) {
        changed(event.articleId());
    }

    @EventListener
    void on(CommentsErased event) {
        event.articleIds().forEach(this::changed);
    }

    @EventListener
    void on(CommentNoticeChanged event) {
        feed.announce(SiteChanged.Kind.COMMENT_NOTICE, 0);
    }

    private void changed(long articleId) {
        feed.announce(SiteChanged.Kind.COMMENTS, articleId);
    }
}
