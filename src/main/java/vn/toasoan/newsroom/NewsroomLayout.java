package vn.toasoan.newsroom;

import java.util.List;

/**
 * What every newsroom page shares: the navigation, who is logged in, the CSRF token for its forms, the message left by
 * the last action.
 *
 * @param user null on the login page
 * @param notice what the last action did, or null
 * @param error why the last action failed, or null
 */
public record NewsroomLayout(
        String title, String siteName, User user, List<NavItem> nav, Csrf csrf, String notice, String error, Text t) {

    public record User(String email, String name, String roleLabel) {}

    /** @param count what waits there (comments to moderate), shown beside the label when above zero */
    public record NavItem(String label, String url, boolean active, long count) {}

    public record Csrf(String parameterName, String token) {}
}
