package vn.toasoan.frontpage;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.toasoan.platform.ChangeFeed;
import vn.toasoan.platform.SiteChanged;

/** What editors place on a page reaches the other app nodes through the change feed, with the transaction that made it. */
@Component
class FrontPageFeed {

    private final ChangeFeed feed;

    FrontPageFeed(ChangeFeed feed) {
        this.feed = feed;
    }

    @EventListener
    void on(FrontPageChanged event) {
        feed.announce(SiteChanged.Kind.FRONT_PAGE, event.sectionId() == null ? 0 : event.sectionId());
    }
}
