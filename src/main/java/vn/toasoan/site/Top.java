package vn.toasoan.site;

import java.util.ArrayList;
import java.util.List;
import vn.toasoan.articles.ArticleSummary;
import vn.toasoan.frontpage.FrontPages;
import vn.toasoan.frontpage.Placed;

/**
 * The top of the home page or of a section page: the lead story and the featured stories. Editors' choices take their
 * slots; the newest articles fill the slots nobody chose.
 *
 * @param lead null only when there is no article at all
 */
record Top(ArticleSummary lead, List<ArticleSummary> featured) {

    /** @param shown takes the top's articles, so that the rest of the page leaves them out */
    static Top of(Placed placed, List<ArticleSummary> newest, Shown shown) {
        shown.take(placed.lead() == null ? List.of() : List.of(placed.lead()), 1);
        shown.take(placed.featured(), FrontPages.FEATURED_SLOTS);
        ArticleSummary lead = placed.lead() != null ? placed.lead() : shown.takeOne(newest);
        List<ArticleSummary> featured = new ArrayList<>(placed.featured());
        featured.addAll(shown.take(newest, FrontPages.FEATURED_SLOTS - featured.size()));
        return new Top(lead, List.copyOf(featured));
    }

    boolean isEmpty() {
        return lead == null;
    }
}
