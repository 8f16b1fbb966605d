package vn.toasoan.platform;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Text for the operator at the console: what the commands print and why a start fails. Vietnamese, as on the site,
 * unless {@code TOASOAN_LANG=en} asks for English. It reads the site's own bundle without the application context,
 * which does not exist yet, or no longer, when a start fails.
 */
public final class OperatorText {

    private static final String BUNDLE = "i18n/messages";
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private OperatorText() {}

    /** Vietnamese unless {@code TOASOAN_LANG} (or the system property {@code toasoan.lang}) starts with "en". */
    public static Locale locale() {
        String chosen = System.getProperty("toasoan.lang", System.getenv("TOASOAN_LANG"));
        return chosen != null && chosen.strip().toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH : VIETNAMESE;
    }

    /** The text of {@code key} with its arguments, formatted as the site's message source formats them. */
    public static String get(String key, Object... arguments) {
        Locale locale = locale();
        String pattern = ResourceBundle.getBundle(
                        BUNDLE,
                        locale,
                        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                .getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }
}
