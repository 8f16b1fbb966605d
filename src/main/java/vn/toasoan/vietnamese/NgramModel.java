package vn.toasoan.vietnamese;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Syllable bigram and trigram counts with interpolated absolute discounting: each order keeps its count minus a
 * discount and gives the rest to the order below, down to Kneser-Ney's continuation unigram. Immutable once built.
 */
final class NgramModel {

    static final int START = 0;
    static final int END = 1;
    static final int BITS = 21;
    private static final double DISCOUNT = 0.75;
    private static final int MAX_CANDIDATES = 8;

    private final String[] words;
    private final Map<String, Integer> ids;
    private final int[] unigrams;
    private final LongIntMap bigrams;
    private final LongIntMap trigrams;
    private final long publishedCount;
    private final long registerVersion;

    // derived at construction: how often each context occurs and how many different words follow it
    private final int[] contextCount;
    private final int[] contextTypes;
    private final LongIntMap pairContextCount;
    private final LongIntMap pairContextTypes;
    private final long total;
    private final int[] leftTypes;
    private final Map<String, int[]> candidates;

    NgramModel(String[] words, int[] unigrams, LongIntMap bigrams, LongIntMap trigrams, long publishedCount) {
        this(words, unigrams, bigrams, trigrams, publishedCount, 0);
    }

    /** With the {@link CommentRegister#version} of the comment text it learned from, 0 for none. */
    NgramModel(
            String[] words,
            int[] unigrams,
            LongIntMap bigrams,
            LongIntMap trigrams,
            long publishedCount,
            long registerVersion) {
        this.registerVersion = registerVersion;
        this.words = words;
        this.unigrams = unigrams;
        this.bigrams = bigrams;
        this.trigrams = trigrams;
        this.publishedCount = publishedCount;
        this.ids = new HashMap<>(words.length * 2);
        for (int i = 0; i < words.length; i++) {
            ids.put(words[i], i);
        }
        long sum = 0;
        for (int i = 2; i < unigrams.length; i++) {
            sum += unigrams[i];
        }
        this.total = sum;
        this.contextCount = new int[words.length];
        this.contextTypes = new int[words.length];
        this.leftTypes = new int[words.length];
        bigrams.forEachKey(key -> {
            int v = (int) (key >>> BITS);
            contextCount[v] += bigrams.get(key);
            contextTypes[v]++;
            leftTypes[(int) (key & ((1 << BITS) - 1))]++;
        });
        this.pairContextCount = new LongIntMap(Math.max(16, bigrams.size()));
        this.pairContextTypes = new LongIntMap(Math.max(16, bigrams.size()));
        trigrams.forEachKey(key -> {
            long pair = key >>> BITS;
            pairContextCount.add(pair, trigrams.get(key));
            pairContextTypes.add(pair, 1);
        });
        this.candidates = candidateIndex(words, unigrams);
    }

    private static Map<String, int[]> candidateIndex(String[] words, int[] unigrams) {
        Map<String, List<Integer>> byFolded = new HashMap<>();
        for (int i = 2; i < words.length; i++) {
            byFolded.computeIfAbsent(VietnameseText.fold(words[i]), k -> new ArrayList<>())
                    .add(i);
        }
        Map<String, int[]> out = new HashMap<>(byFolded.size() * 2);
        byFolded.forEach((folded, list) -> out.put(
                folded,
                list.stream()
                        .sorted(Comparator.comparingInt((Integer id) -> -unigrams[id]))
                        .limit(MAX_CANDIDATES)
                        .mapToInt(Integer::intValue)
                        .toArray()));
        return out;
    }

    /** Ids of the marked forms seen for a folded syllable, most frequent first; empty when none was seen. */
    int[] candidates(String folded) {
        return candidates.getOrDefault(folded, new int[0]);
    }

    int id(String word) {
        return ids.getOrDefault(word, -1);
    }

    String word(int id) {
        return words[id];
    }

    int vocabularySize() {
        return words.length;
    }

    long publishedCount() {
        return publishedCount;
    }

    long registerVersion() {
        return registerVersion;
    }

    long syllableCount() {
        return total;
    }

    /** Kneser-Ney's continuation probability: in how many contexts the word was seen, not how often. */
    double unigram(int w) {
        return (leftTypes[w] + 1.0) / (bigrams.size() + words.length);
    }

    double bigram(int v, int w) {
        int h = contextCount[v];
        double lower = unigram(w);
        if (h == 0) {
            return lower;
        }
        int c = bigrams.get(key(v, w));
        return (Math.max(c - DISCOUNT, 0) + DISCOUNT * contextTypes[v] * lower) / h;
    }

    /** P(w | u v) given P(w | v), so that callers computing many u for the same v, w pay for the bigram once. */
    double trigram(int u, int v, int w, double bigram) {
        long pair = key(u, v);
        int h = pairContextCount.get(pair);
        if (h == 0) {
            return bigram;
        }
        int c = trigrams.get((pair << BITS) | w);
        return (Math.max(c - DISCOUNT, 0) + DISCOUNT * pairContextTypes.get(pair) * bigram) / h;
    }

    static long key(int a, int b) {
        return ((long) a << BITS) | b;
    }

    static long key(int a, int b, int c) {
        return ((((long) a << BITS) | b) << BITS) | c;
    }

    // raw access for the file format
    String[] words() {
        return words;
    }

    int[] unigrams() {
        return unigrams;
    }

    LongIntMap bigrams() {
        return bigrams;
    }

    LongIntMap trigrams() {
        return trigrams;
    }
}
