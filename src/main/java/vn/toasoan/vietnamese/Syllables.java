package vn.toasoan.vietnamese;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Vietnamese is written one syllable per word, so a "word" here is a run of letters and digits between spaces or
 * punctuation. Matching whole syllables is what keeps a rule for "ngu" away from "Nguyễn" and "nguồn".
 */
public final class Syllables {

    private Syllables() {}

    /** NFC, lower case, split on anything that is not a letter, a mark or a digit. */
    public static List<String> exact(String text) {
        return split(VietnameseText.nfc(text).toLowerCase(Locale.ROOT));
    }

    /** As {@link #exact}, with the marks dropped as well (đ → d): "Ngủ" → "ngu". */
    public static List<String> folded(String text) {
        return split(VietnameseText.fold(VietnameseText.nfc(text)).toLowerCase(Locale.ROOT));
    }

    public static List<String> split(String text) {
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            boolean part = Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK;
            if (part && start < 0) {
                start = i;
            } else if (!part && start >= 0) {
                words.add(text.substring(start, i));
                start = -1;
            }
            i += Character.charCount(cp);
        }
        if (start >= 0) {
            words.add(text.substring(start));
        }
        return words;
    }

    /** Whether the phrase's syllables occur one after another in the text's. */
    public static boolean containsSequence(List<String> text, List<String> phrase) {
        if (phrase.isEmpty() || phrase.size() > text.size()) {
            return false;
        }
        outer:
        for (int i = 0; i <= text.size() - phrase.size(); i++) {
            for (int j = 0; j < phrase.size(); j++) {
                if (!text.get(i + j).equals(phrase.get(j))) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
