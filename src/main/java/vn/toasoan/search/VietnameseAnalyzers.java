package vn.toasoan.search;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.icu.ICUNormalizer2Filter;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.shingle.ShingleFilter;

/**
 * How article text and reader queries become terms. Vietnamese writes one syllable per space-separated word, so the
 * ICU word breaker finds syllables; a phrase query then finds a name or a compound word.
 */
final class VietnameseAnalyzers {

    /**
     * Lower case without tone marks or diacritics, đ as d: "Phạm Văn Cành", "PHAM VAN CANH" and decomposed (NFD)
     * input all become {@code pham van canh}. Both spellings of a free i/y ("ti", "ty") give the same term.
     */
    static final Analyzer FOLDED = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer tokenizer = new ICUTokenizer();
            return new TokenStreamComponents(tokenizer, new FreeIOrY(new ICUFoldingFilter(tokenizer)));
        }
    };

    /**
     * Lower case with the marks kept, so that a reader who types "văn" ranks "văn" above "vân" and "vấn". Both
     * placements of the tone mark ("hoà", "hòa") give the same term, and so do "tỉ" and "tỷ".
     */
    static final Analyzer EXACT = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer tokenizer = new ICUTokenizer();
            return new TokenStreamComponents(
                    tokenizer, new FreeIOrY(new CanonicalTones(new ICUNormalizer2Filter(tokenizer))));
        }
    };

    static final String PAIR_SEPARATOR = " ";

    /**
     * Each two neighbouring folded syllables as one term ("pham van", "van canh"): close to the words of the language,
     * which are mostly one or two syllables long.
     */
    static final Analyzer PAIRS = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer tokenizer = new ICUTokenizer();
            var pairs = new ShingleFilter(new FreeIOrY(new ICUFoldingFilter(tokenizer)), 2, 2);
            pairs.setOutputUnigrams(false);
            pairs.setTokenSeparator(PAIR_SEPARATOR);
            return new TokenStreamComponents(tokenizer, pairs);
        }
    };

    private VietnameseAnalyzers() {}

    /** The folded analyzer, and the named one for other fields. */
    static Analyzer perField(Map<String, Analyzer> byField) {
        return new PerFieldAnalyzerWrapper(FOLDED, byField);
    }
}
