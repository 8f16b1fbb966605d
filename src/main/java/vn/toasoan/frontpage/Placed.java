package vn.toasoan.frontpage;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import vn.toasoan.articles.ArticleSummary;

/**
 * What editors placed on a page and is in effect now: not expired, and only articles still published (in the page's
 * section, for a section page).
 *
 * @param lead null when nobody chose one
 * @param expiresAt null when it stays until changed
 */
public record Placed(ArticleSummary lead, List<ArticleSummary> featured, Instant expiresAt) {

    public static final Placed NOTHING = new Placed(null, List.of(), null);

    public Placed {
        featured = List.copyOf(featured);
    }

    public boolean isEmpty() {
        return lead == null && featured.isEmpty();
    }

    /** The ids of every placed article, lead first. */
    public List<Long> ids() {
        List<Long> ids = new ArrayList<>();
        if (lead != null) {
            ids.add(lead.id());
        }
        featured.forEach(f -> ids.add(f.id()));
        return ids;
    }

    public Curation curation() {
        return new Curation(
                lead == null ? null : lead.id(),
                featured.stream().map(ArticleSummary::id).toList(),
                expiresAt);
    }
}
