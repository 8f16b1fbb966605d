package vn.toasoan.vietnamese;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Text rules for Vietnamese: normalisation, tone placement, folding, slugs and syllables. Thread-safe, no state. */
public final class VietnameseText {

    private static final int SLUG_MAX = 80;

    private VietnameseText() {}

    /** Unicode NFC; null stays null. */
    public static String nfc(String s) {
        if (s == null || Normalizer.isNormalized(s, Normalizer.Form.NFC)) {
            return s;
        }
        return Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    /**
     * Every diacritic and tone mark removed, đ → d and Đ → D; case and all other characters kept. NFD and NFC input
     * give the same result.
     */
    public static String fold(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\u0300' && c <= '\u036F') {
                continue;
            }
            out.append(Letters.fold(c));
        }
        return out.toString();
    }

    /**
     * NFC with the tone mark of every Vietnamese syllable moved to its canonical place, so that "hòa" equals "hoà"
     * and "thủy" equals "thuỷ". The canonical place is the new style ("hoà", "thuỷ", "uỷ", "khoẻ"), the one of the
     * Ministry of Education's 2018 spelling rules; words that are not Vietnamese syllables are left alone.
     */
    public static String normalizeTones(String s) {
        if (s == null) {
            return null;
        }
        String text = nfc(s);
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            int start = i;
            while (i < text.length() && Character.isLetter(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                out.append(canonicalWord(text.substring(start, i)));
            }
            if (i < text.length()) {
                out.append(text.charAt(i++));
            }
        }
        return out.toString();
    }

    /** The word with its tone placed canonically, case kept; unchanged when it is no Vietnamese syllable. */
    static String canonicalWord(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.length() != word.length()) {
            return word;
        }
        Tone tone = Tone.LEVEL;
        StringBuilder bare = new StringBuilder(lower.length());
        for (int k = 0; k < lower.length(); k++) {
            char c = lower.charAt(k);
            Tone t = Letters.tone(c);
            if (t != Tone.LEVEL) {
                if (tone != Tone.LEVEL) {
                    return word; // two tone marks: not a syllable
                }
                tone = t;
            }
            bare.append(Letters.toneless(c));
        }
        if (tone == Tone.LEVEL || !SyllableTable.INSTANCE.containsToneless(bare.toString())) {
            return word;
        }
        String placed = TonePlacement.place(bare.toString(), tone);
        if (placed.equals(lower)) {
            return word;
        }
        char[] chars = placed.toCharArray();
        for (int k = 0; k < chars.length; k++) {
            if (Character.isUpperCase(word.charAt(k))) {
                chars[k] = Character.toUpperCase(chars[k]);
            }
        }
        return new String(chars);
    }

    /**
     * A lower-case ASCII slug: "Tỉnh ủy Bình Dương: Triển khai …" → {@code tinh-uy-binh-duong-trien-khai}. Runs of
     * anything but letters and digits become one hyphen; at most about 80 characters, cut between words; empty only
     * when the text has no letter or digit that folds to ASCII.
     */
    public static String slug(String s) {
        if (s == null) {
            return "";
        }
        String folded = fold(s).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(Math.min(folded.length(), SLUG_MAX + 16));
        boolean pendingDash = false;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (pendingDash && out.length() > 0) {
                    out.append('-');
                }
                pendingDash = false;
                out.append(c);
            } else {
                pendingDash = true;
            }
        }
        if (out.length() <= SLUG_MAX) {
            return out.toString();
        }
        int cut = out.lastIndexOf("-", SLUG_MAX);
        return out.substring(0, cut > 0 ? cut : SLUG_MAX);
    }

    /**
     * The words of the text, split where Vietnamese syllables end: runs of letters (marked or not) and digits, in NFC
     * and original case. Punctuation, spaces and symbols separate them.
     */
    public static List<String> syllables(String s) {
        List<String> out = new ArrayList<>();
        if (s == null) {
            return out;
        }
        String text = nfc(s);
        int i = 0;
        while (i < text.length()) {
            while (i < text.length() && !Letters.isWordChar(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < text.length() && Letters.isWordChar(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                out.add(text.substring(start, i));
            }
        }
        return out;
    }

    /** The lower-case syllable with its tone mark removed (vowel marks stay). */
    static String stripTone(String lower) {
        char[] chars = lower.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = Letters.toneless(chars[i]);
        }
        return new String(chars);
    }
}
