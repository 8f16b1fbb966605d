package vn.toasoan.frontpage;

import java.time.Instant;
import java.util.List;

/**
 * What an editor asks for on one page, by article id.
 *
 * @param lead the lead story, or null to let the newest article lead
 * @param featured the featured stories in the order shown; slots left over show the newest articles
 * @param expiresAt when the page goes back to the newest articles, or null to keep it until changed
 */
public record Curation(Long lead, List<Long> featured, Instant expiresAt) {

    public static final Curation NONE = new Curation(null, List.of(), null);

    public Curation {
        featured = featured == null ? List.of() : List.copyOf(featured);
    }

    public boolean isEmpty() {
        return lead == null && featured.isEmpty();
    }
}
