package vn.toasoan.newsroom;

import java.util.Set;

/**
 * A count on the newsroom's dashboard that one of its rooms contributes, such as the comments waiting for moderation.
 * Any bean of this type appears there; the shell knows nothing else of the room behind it.
 */
public interface DashboardPanel {

    /** In Vietnamese, e.g. "Bình luận chờ duyệt". */
    String title();

    long count();

    /** Where the count leads, e.g. {@code /toa-soan/binh-luan}. */
    String url();

    /** The roles ({@code "REPORTER"}, {@code "EDITOR"}, {@code "ADMIN"}) that see the panel; empty means everyone. */
    default Set<String> roles() {
        return Set.of();
    }

    /** A short label for the newsroom's navigation bar, e.g. "Bình luận"; null keeps the feature out of it. */
    default String navLabel() {
        return null;
    }
}
