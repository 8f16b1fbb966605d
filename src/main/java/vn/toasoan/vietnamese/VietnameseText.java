package vn.toasoan.vietnamese;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Vietnamese text rules: normalisation, folding, slugs. */
public final class VietnameseText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_SLUG = Pattern.compile("[^a-z0-9]+");

    private VietnameseText() {}

    public static String nfc(String s) {
        return s == null ? null : Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    public static String fold(String s) {
        if (s == null) {
            return null;
        }
        String decomposed = Normalizer.normalize(s, Normalizer.Form.NFD);
        return MARKS.matcher(decomposed).replaceAll("").replace('đ', 'd').replace('Đ', 'D');
    }

    public static String slug(String s) {
        String folded = fold(s).toLowerCase(Locale.ROOT);
        String slug = NON_SLUG.matcher(folded).replaceAll("-").replaceAll("^-+|-+$", "");
        if (slug.length() > 80) {
            int cut = slug.lastIndexOf('-', 80);
            slug = slug.substring(0, cut > 0 ? cut : 80);
        }
        return slug;
    }
}
