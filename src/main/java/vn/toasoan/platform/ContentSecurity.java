package vn.toasoan.platform;

/**
 * The Content-Security-Policy of the reader site: its own scripts, styles and pictures only, no inline script, so that
 * a script slipped into an article, a comment or an address cannot run on a reader's phone. The JSON-LD block is data,
 * which the policy does not govern.
 */
public final class ContentSecurity {

    public static final String READER = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self';"
            + " frame-ancestors 'self'";

    private ContentSecurity() {}
}
