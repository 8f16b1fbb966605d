package vn.toasoan.attachments;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** File sizes in the Vietnamese way: a comma before the decimals. */
final class Sizes {

    private Sizes() {}

    static String text(long bytes) {
        var format = new DecimalFormat("0.#", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("vi")));
        if (bytes >= 1024 * 1024) {
            return format.format(bytes / (1024.0 * 1024.0)) + " MB";
        }
        if (bytes >= 1024) {
            return format.format(bytes / 1024.0) + " KB";
        }
        return bytes + " B";
    }
}
