package vn.toasoan.search;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.lucene.document.LongField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Turns a reader's words into a Lucene query. Every word must appear somewhere in the article: a word typed with
 * marks in exactly that form (tone placement, i/y and case aside), a word typed without marks in any marked form.
 * Among the articles that have them all, the score prefers, in this order of weight:
 *
 * <ul>
 *   <li>words side by side as typed: most Vietnamese words and names are two or three syllables, so each pair of
 *       neighbouring syllables is looked up as one term (cheap, unlike a phrase query over every body); then the
 *       whole query close together in a title or sapo;
 *   <li>words in the title over the sapo over the body;
 *   <li>for a word typed without marks, the article that has it unmarked as typed (a foreign name, an acronym);
 *   <li>newer articles, by a small amount that decides between otherwise equal matches.
 * </ul>
 */
final class Ranking {

    static final float TITLE = 3f;
    static final float SAPO = 2f;
    static final float BODY = 1f;
    static final float EXTRA = 1f;

    static final float EXACT = 1f;
    static final float PAIR = 4f;
    static final float NEAR = 2f;
    static final int NEAR_SLOP = 3;

    /** At most this score for an article published now; half of it for one {@link #RECENCY_PIVOT} old. */
    static final float RECENCY = 0.5f;

    static final Duration RECENCY_PIVOT = Duration.ofDays(30);

    private static final float TIE_BREAKER = 0.1f;

    private static final Map<String, Float> ALL_FIELDS = Map.of(
            ArticleDocument.TITLE,
            TITLE,
            ArticleDocument.SAPO,
            SAPO,
            ArticleDocument.BODY,
            BODY,
            ArticleDocument.EXTRA,
            EXTRA);
    private static final Map<String, Float> SHOWN_FIELDS =
            Map.of(ArticleDocument.TITLE, TITLE, ArticleDocument.SAPO, SAPO, ArticleDocument.BODY, BODY);
    private static final Map<String, Float> SHORT_FIELDS =
            Map.of(ArticleDocument.TITLE, TITLE, ArticleDocument.SAPO, SAPO);

    private Ranking() {}

    /** The articles that have every word the reader typed, scored by the words alone. */
    static Query matching(ReaderQuery query) {
        var builder = new BooleanQuery.Builder();
        for (Map.Entry<String, Boolean> word : distinctWords(query).entrySet()) {
            String term = word.getKey();
            if (word.getValue()) {
                builder.add(across(ALL_FIELDS, field -> term(ArticleDocument.exact(field), term)), Occur.MUST);
            } else {
                builder.add(across(ALL_FIELDS, field -> term(field, term)), Occur.MUST);
                builder.add(
                        boost(across(ALL_FIELDS, field -> term(ArticleDocument.exact(field), term)), EXACT),
                        Occur.SHOULD);
            }
        }
        List<String> syllables = query.folded();
        for (String pair : pairs(syllables)) {
            Query adjacent = across(SHOWN_FIELDS, field -> term(ArticleDocument.pairs(field), pair));
            builder.add(boost(adjacent, PAIR), Occur.SHOULD);
        }
        if (syllables.size() > 1) {
            builder.add(boost(across(SHORT_FIELDS, field -> phrase(field, syllables, NEAR_SLOP)), NEAR), Occur.SHOULD);
        }
        return builder.build();
    }

    /** {@link #matching} with newer articles a little ahead. */
    static Query ranking(Query matching, Instant now) {
        return new BooleanQuery.Builder()
                .add(matching, Occur.MUST)
                .add(
                        LongField.newDistanceFeatureQuery(
                                ArticleDocument.PUBLISHED, RECENCY, now.toEpochMilli(), RECENCY_PIVOT.toMillis()),
                        Occur.SHOULD)
                .build();
    }

    /** The filter's section and dates as queries; a missing bound is open. */
    static List<Query> filters(ArticleIndex.Filter filter) {
        List<Query> queries = new ArrayList<>();
        if (filter.sectionId() != null) {
            queries.add(LongField.newExactQuery(ArticleDocument.SECTION, filter.sectionId()));
        }
        if (filter.from() != null || filter.until() != null) {
            long lower = filter.from() == null ? Long.MIN_VALUE : filter.from().toEpochMilli();
            long upper =
                    filter.until() == null ? Long.MAX_VALUE : filter.until().toEpochMilli() - 1;
            queries.add(LongField.newRangeQuery(ArticleDocument.PUBLISHED, lower, upper));
        }
        return queries;
    }

    /** Only the articles that also pass the reader's filters; the filters do not change the score. */
    static Query filtered(Query query, List<Query> filters) {
        if (filters.isEmpty()) {
            return query;
        }
        var builder = new BooleanQuery.Builder().add(query, Occur.MUST);
        filters.forEach(filter -> builder.add(filter, Occur.FILTER));
        return builder.build();
    }

    /**
     * The words and the exact phrase alone, for marking snippets: a proximity match would mark the words in between,
     * and a word typed with marks is marked only where the article has it in that form. Runs on one page of results
     * only, so a phrase query is affordable here.
     */
    static Query highlighting(ReaderQuery query) {
        var builder = new BooleanQuery.Builder();
        for (Map.Entry<String, Boolean> word : distinctWords(query).entrySet()) {
            String term = word.getKey();
            boolean marked = word.getValue();
            builder.add(
                    across(SHOWN_FIELDS, field -> term(marked ? ArticleDocument.exact(field) : field, term)),
                    Occur.SHOULD);
        }
        if (query.size() > 1 && (query.unmarked() || query.fullyMarked())) {
            boolean marked = query.fullyMarked();
            List<String> terms = marked ? query.exact() : query.folded();
            builder.add(
                    across(SHOWN_FIELDS, field -> phrase(marked ? ArticleDocument.exact(field) : field, terms, 0)),
                    Occur.SHOULD);
        }
        return builder.build();
    }

    /** Each word once, as the term it is looked up by, and whether that is its marked form. */
    static Map<String, Boolean> distinctWords(ReaderQuery query) {
        Map<String, Boolean> words = new LinkedHashMap<>();
        for (int i = 0; i < query.size(); i++) {
            boolean marked = query.marked(i);
            words.putIfAbsent(marked ? query.exact().get(i) : query.folded().get(i), marked);
        }
        return words;
    }

    /** Neighbouring syllables as {@link VietnameseAnalyzers#PAIRS} indexes them. */
    static Set<String> pairs(List<String> syllables) {
        Set<String> pairs = new LinkedHashSet<>();
        for (int i = 1; i < syllables.size(); i++) {
            pairs.add(syllables.get(i - 1) + VietnameseAnalyzers.PAIR_SEPARATOR + syllables.get(i));
        }
        return pairs;
    }

    private static Query across(Map<String, Float> fields, Function<String, Query> perField) {
        List<Query> disjuncts = new ArrayList<>();
        // a fixed order keeps the query, and so its cache key, the same for the same input
        fields.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(field -> disjuncts.add(boost(perField.apply(field.getKey()), field.getValue())));
        return new DisjunctionMaxQuery(disjuncts, TIE_BREAKER);
    }

    private static Query term(String field, String text) {
        return new TermQuery(new Term(field, text));
    }

    private static Query phrase(String field, List<String> syllables, int slop) {
        return new PhraseQuery(slop, field, syllables.toArray(String[]::new));
    }

    private static Query boost(Query query, float boost) {
        return boost == 1f ? query : new BoostQuery(query, boost);
    }
}
