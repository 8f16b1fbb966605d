package vn.toasoan.masthead;

/**
 * The masthead's text as an administrator sends it, from the newsroom's form or as the API's JSON. A field left out
 * or blank is cleared; {@code siteName} is required.
 *
 * @param description the newsroom form's short description; not part of the API, which leaves it as it is when null
 */
public record MastheadInput(
        String siteName,
        String governingBody,
        String licence,
        String editorInChief,
        String deputies,
        String address,
        String phone,
        String email,
        String hotline,
        String advertising,
        String description) {}
