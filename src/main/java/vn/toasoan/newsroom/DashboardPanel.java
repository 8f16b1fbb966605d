package vn.toasoan.newsroom;

import java.util.Set;

/**
 * A count on the newsroom's dashboard that one of its rooms contributes, such as the comments waiting for moderation.
 * Any bean of this type appears there; the shell knows nothing else of the room behind it.
 */
public interface DashboardPanel {

    /**
     * The message key of the panel's title, e.g. {@code comments.panel.title} for "Bình luận chờ duyệt"; the shell shows
     * it in the user's language (a text that is no key is shown as it stands).
     */
    String title();

    long count();

    /** Where the count leads, e.g. {@code /toa-soan/binh-luan}. */
    String url();

    /** The roles ({@code "REPORTER"}, {@code "EDITOR"}, {@code "ADMIN"}) that see the panel; empty means everyone. */
    default Set<String> roles() {
        return Set.of();
    }

    /**
     * The message key of a short label for the newsroom's navigation bar, e.g. for "Bình luận", read as {@link #title}
     * is; null keeps the feature out of the bar.
     */
    default String navLabel() {
        return null;
    }
}
