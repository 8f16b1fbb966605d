package vn.toasoan.moderation;

/**
 * What every moderation page shares.
 *
 * @param csrfParameter the form field Spring Security expects, and its token
 * @param flash a one-time message after an action, or null
 */
public record Frame(
        String title,
        NewsroomText t,
        String user,
        boolean admin,
        String csrfParameter,
        String csrfToken,
        String flash) {}
