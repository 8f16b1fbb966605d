package vn.toasoan.articles;

/**
 * The checks before publishing. Each warns by default; an administrator may make any of them block publishing.
 * {@link #code()} is what the API returns in {@code warnings[].code}; the name of each is in the message bundles
 * under {@link #labelKey()}.
 */
public enum Check {
    NEAR_DUPLICATE_PARAGRAPH,
    FIGURE_WITHOUT_CAPTION,
    FIGURE_WITHOUT_CREDIT,
    EMPTY_ALT,
    MISSING_SAPO,
    TITLE_TOO_LONG,
    MISSING_DIACRITICS,
    INSECURE_LINK;

    public String code() {
        return name();
    }

    public String labelKey() {
        return "articles.check." + name();
    }
}
