package vn.toasoan.vietnamese;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts the syllable n-grams of plain text, one article or sentence at a time. Not thread-safe.
 *
 * <p>Memory stays bounded on a large archive: counting stops after {@value #MAX_SYLLABLES} syllables (some eight
 * thousand articles, far past the point where accuracy stops improving much), and trigrams seen only once are
 * dropped when there are more than {@value #MAX_TRIGRAMS} kinds.
 */
final class NgramModelBuilder {

    static final long MAX_SYLLABLES = 5_000_000;
    static final int MAX_TRIGRAMS = 2_000_000;

    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> words = new ArrayList<>();
    private int[] unigrams = new int[1024];
    private final LongIntMap bigrams = new LongIntMap(1 << 16);
    private final LongIntMap trigrams = new LongIntMap(1 << 17);
    private long syllables;

    NgramModelBuilder() {
        id("<s>");
        id("</s>");
    }

    /** Adds the text's syllables; words that are not Vietnamese syllables and punctuation cut it in segments. */
    NgramModelBuilder add(String text) {
        if (text == null || text.isBlank() || syllables >= MAX_SYLLABLES) {
            return this;
        }
        for (List<String> segment : TextTokens.segments(text)) {
            int u = NgramModel.START;
            int v = NgramModel.START;
            for (String syllable : segment) {
                int w = id(syllable);
                count(u, v, w);
                u = v;
                v = w;
            }
            count(u, v, NgramModel.END);
            syllables += segment.size();
        }
        return this;
    }

    long syllables() {
        return syllables;
    }

    NgramModel build(long publishedCount) {
        return build(publishedCount, MAX_TRIGRAMS);
    }

    NgramModel build(long publishedCount, int maxTrigrams) {
        return build(publishedCount, 0, maxTrigrams);
    }

    /** The model, noting the version of the comment text added to it (0 for none). */
    NgramModel build(long publishedCount, long registerVersion, int maxTrigrams) {
        int[] counts = java.util.Arrays.copyOf(unigrams, words.size());
        LongIntMap kept = trigrams.size() > maxTrigrams ? trigrams.withCountAtLeast(2) : trigrams;
        return new NgramModel(words.toArray(String[]::new), counts, bigrams, kept, publishedCount, registerVersion);
    }

    private void count(int u, int v, int w) {
        unigrams[w]++;
        bigrams.add(NgramModel.key(v, w), 1);
        trigrams.add(NgramModel.key(u, v, w), 1);
    }

    private int id(String word) {
        Integer id = ids.get(word);
        if (id != null) {
            return id;
        }
        int next = words.size();
        if (next >= (1 << NgramModel.BITS)) {
            throw new IllegalStateException("Vocabulary too large");
        }
        ids.put(word, next);
        words.add(word);
        if (next >= unigrams.length) {
            unigrams = java.util.Arrays.copyOf(unigrams, unigrams.length * 2);
        }
        return next;
    }
}
