package vn.toasoan.platform;

/**
 * Characters no person types into a form: NUL and the other control characters (PostgreSQL refuses NUL in text, and
 * the rest only hide or break what editors read). Tabs and line breaks are text; in a single line, such as an address
 * or a query string, line breaks are not.
 */
public final class ControlCharacters {

    private ControlCharacters() {}

    /** Whether {@code text} holds a control character other than a tab or, where {@code lines}, a line break. */
    public static boolean in(String text, boolean lines) {
        if (text == null) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 || (c >= 0x7f && c <= 0x9f)) && c != '\t' && !(lines && (c == '\n' || c == '\r'))) {
                return true;
            }
        }
        return false;
    }
}
