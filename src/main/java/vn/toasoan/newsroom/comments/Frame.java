package vn.toasoan.newsroom.comments;

import vn.toasoan.newsroom.NewsroomLayout;
import vn.toasoan.newsroom.Text;

/**
 * What every moderation page shares: the newsroom's own frame (navigation, account, CSRF token), plus the page's
 * words and the message the last action left.
 *
 * @param flash a one-time message after an action, or null
 */
public record Frame(String title, Text t, NewsroomLayout newsroom, boolean admin, String flash) {

    public String csrfParameter() {
        return newsroom.csrf() == null ? "_csrf" : newsroom.csrf().parameterName();
    }

    public String csrfToken() {
        return newsroom.csrf() == null ? "" : newsroom.csrf().token();
    }

    public String user() {
        return newsroom.user() == null ? "" : newsroom.user().email();
    }
}
