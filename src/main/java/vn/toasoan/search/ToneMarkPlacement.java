package vn.toasoan.search;

import java.io.IOException;
import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Puts the tone mark of an open "oa", "oe" or "uy" syllable on its first vowel ("hoà" → "hòa", "thuỷ" → "thủy"),
 * because Vietnamese writers use both placements for the same word. Expects lower-case NFC terms; "quý" keeps its
 * mark on the y, where "qu" is the initial consonant.
 */
final class ToneMarkPlacement extends TokenFilter {

    private static final Pattern OPEN_RHYME = Pattern.compile("^(.*?)([ou])(\\p{L})$");

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    ToneMarkPlacement(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        String moved = move(term.toString());
        if (moved != null) {
            term.setEmpty().append(moved);
        }
        return true;
    }

    /** The syllable with its tone mark moved, or null when there is nothing to move. */
    static String move(String syllable) {
        Matcher m = OPEN_RHYME.matcher(syllable);
        if (!m.matches()) {
            return null;
        }
        String initial = m.group(1);
        char glide = m.group(2).charAt(0);
        String last = Normalizer.normalize(m.group(3), Normalizer.Form.NFD);
        if (last.length() != 2 || !isTone(last.charAt(1))) {
            return null;
        }
        char vowel = last.charAt(0);
        boolean rhyme = (glide == 'o' && (vowel == 'a' || vowel == 'e')) || (glide == 'u' && vowel == 'y');
        if (!rhyme || (glide == 'u' && initial.endsWith("q"))) {
            return null;
        }
        return initial + Normalizer.normalize(glide + last.substring(1), Normalizer.Form.NFC) + vowel;
    }

    private static boolean isTone(char mark) {
        return mark == '\u0300' || mark == '\u0301' || mark == '\u0303' || mark == '\u0309' || mark == '\u0323';
    }
}
