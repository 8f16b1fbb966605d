package vn.toasoan.attachments;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** File sizes as a reader reads them: "2,4 MB" in Vietnamese, "2.4 MB" in English. */
public final class Sizes {

    private Sizes() {}

    static String text(long bytes) {
        return text(bytes, Locale.forLanguageTag("vi"));
    }

    public static String text(long bytes, Locale locale) {
        var format = new DecimalFormat("0.#", DecimalFormatSymbols.getInstance(locale));
        if (bytes >= 1024 * 1024) {
            return format.format(bytes / (1024.0 * 1024.0)) + " MB";
        }
        if (bytes >= 1024) {
            return format.format(bytes / 1024.0) + " KB";
        }
        return bytes + " B";
    }
}
