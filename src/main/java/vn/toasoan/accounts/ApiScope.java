package vn.toasoan.accounts;

/**
 * What a personal API token may do, within what its account's role allows. A password opens every scope; a token
 * only those it was made with.
 */
public enum ApiScope {
    /** Read articles and comments ({@code GET}). */
    READ("read"),
    /** Create, change and move articles. */
    WRITE_ARTICLES("articles:write"),
    /** List, approve and reject comments. */
    MODERATE_COMMENTS("comments:moderate");

    private final String value;

    ApiScope(String value) {
        this.value = value;
    }

    /** As tokens and the OpenAPI description name it. */
    public String value() {
        return value;
    }

    /** As Spring Security's rules check it. */
    public String authority() {
        return "SCOPE_" + value;
    }

    public static ApiScope of(String value) {
        for (ApiScope scope : values()) {
            if (scope.value.equals(value) || scope.name().equals(value)) {
                return scope;
            }
        }
        throw new IllegalArgumentException(value);
    }
}
