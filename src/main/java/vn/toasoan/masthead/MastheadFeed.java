package vn.toasoan.masthead;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.toasoan.platform.ChangeFeed;
import vn.toasoan.platform.SiteChanged;

/** A change to the masthead reaches the other app nodes through the change feed, with the transaction that made it. */
@Component
class MastheadFeed {

    private final ChangeFeed feed;

    MastheadFeed(ChangeFeed feed) {
        this.feed = feed;
    }

    @EventListener
    void on(MastheadChanged event) {
        feed.announce(SiteChanged.Kind.MASTHEAD, 0);
    }
}
