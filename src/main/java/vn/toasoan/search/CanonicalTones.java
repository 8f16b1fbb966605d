package vn.toasoan.search;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import vn.toasoan.vietnamese.VietnameseText;

/**
 * Puts each syllable's tone mark in its one canonical place, because writers use both the old and the new placement
 * for the same word ("hòa" and "hoà", "thủy" and "thuỷ").
 */
final class CanonicalTones extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    CanonicalTones(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        String syllable = term.toString();
        String canonical = VietnameseText.normalizeTones(syllable);
        if (!canonical.equals(syllable)) {
            term.setEmpty().append(canonical);
        }
        return true;
    }
}
