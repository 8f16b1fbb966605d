package vn.toasoan.search;

import java.io.IOException;
import java.util.Set;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Writes "y" for the "i" of a syllable that Vietnamese spelling lets end in either: an onset from {@link #ONSETS} and
 * the one vowel, which carries the tone ("tỉ" and "tỷ", "kĩ" and "kỹ", "lí" and "lý", "quí" and "quý", "hi" and "hy").
 * Elsewhere the two letters are kept apart: "tui" and "tuy", "tai" and "tay" are different words, and "y tế", "ý kiến"
 * have no onset. Expects lower-case terms, as both analyzers make them before this filter.
 */
final class FreeIOrY extends TokenFilter {

    /**
     * The onsets before which writers use both letters for one word. Not "th" or "v": "thi" and "vi" are common words
     * that "Thy" and "Vy", names, must not find.
     */
    private static final Set<String> ONSETS = Set.of("h", "k", "l", "m", "s", "t", "qu");

    private static final String I = "iíìỉĩị";
    private static final String Y = "yýỳỷỹỵ";

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    FreeIOrY(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        int last = term.length() - 1;
        if (last >= 1 && last <= 2) {
            int tone = I.indexOf(term.charAt(last));
            if (tone >= 0 && ONSETS.contains(term.subSequence(0, last).toString())) {
                term.buffer()[last] = Y.charAt(tone);
            }
        }
        return true;
    }
}
