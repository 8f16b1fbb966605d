package vn.toasoan.search;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
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
 * Turns a reader's words into a Lucene query. Every word must appear somewhere in the article (most of them, for a
 * long query); the score then prefers, in this order of weight:
 *
 * <ul>
 *   <li>the words side by side, as typed (a name, a compound word), then the words close together;
 *   <li>words in the title over the sapo over the body;
 *   <li>words with the very marks the reader typed over the same letters with other marks;
 *   <li>newer articles, by a small amount that decides between otherwise equal matches.
 * </ul>
 */
final class Ranking {

    static final float TITLE = 3f;
    static final float SAPO = 2f;
    static final float BODY = 1f;
    static final float EXTRA = 1f;

    static final float EXACT = 1f;
    static final float PHRASE = 4f;
    static final float EXACT_PHRASE = 2f;
    static final float NEAR = 1f;
    static final int NEAR_SLOP = 4;

    /** At most this score for an article published now; half of it for one {@link #RECENCY_PIVOT} old. */
    static final float RECENCY = 0.5f;

    static final Duration RECENCY_PIVOT = Duration.ofDays(30);

    private static final float TIE_BREAKER = 0.1f;

    private Ranking() {}

    /** The articles a query finds, scored by the words alone. */
    static Query matching(ReaderQuery query) {
        List<String> words = query.folded();
        var builder = new BooleanQuery.Builder();
        var all = new BooleanQuery.Builder().setMinimumNumberShouldMatch(required(new LinkedHashSet<>(words).size()));
        for (String word : new LinkedHashSet<>(words)) {
            all.add(acrossFields(field -> new TermQuery(new Term(field, word)), false), Occur.SHOULD);
        }
        builder.add(all.build(), Occur.MUST);
        for (String word : new LinkedHashSet<>(query.exact())) {
            builder.add(boost(acrossFields(field -> new TermQuery(new Term(field, word)), true), EXACT), Occur.SHOULD);
        }
        if (words.size() > 1) {
            builder.add(boost(acrossFields(field -> phrase(field, words, 0), false), PHRASE), Occur.SHOULD);
            builder.add(boost(acrossFields(field -> phrase(field, words, NEAR_SLOP), false), NEAR), Occur.SHOULD);
            builder.add(
                    boost(acrossFields(field -> phrase(field, query.exact(), 0), true), EXACT_PHRASE), Occur.SHOULD);
        }
        return builder.build();
    }

    /** {@link #matching} with newer articles a little ahead. */
    static Query ranking(Query matching, Instant now) {
        return new BooleanQuery.Builder()
                .add(matching, Occur.MUST)
                .add(
                        LongField.newDistanceFeatureQuery(
                                ArticleIndex.PUBLISHED, RECENCY, now.toEpochMilli(), RECENCY_PIVOT.toMillis()),
                        Occur.SHOULD)
                .build();
    }

    /**
     * The words and the exact phrase alone, for marking snippets: a proximity match would mark the words in between.
     */
    static Query highlighting(ReaderQuery query) {
        var builder = new BooleanQuery.Builder();
        for (String word : new LinkedHashSet<>(query.folded())) {
            builder.add(acrossFields(field -> new TermQuery(new Term(field, word)), false), Occur.SHOULD);
        }
        if (query.folded().size() > 1) {
            builder.add(acrossFields(field -> phrase(field, query.folded(), 0), false), Occur.SHOULD);
        }
        return builder.build();
    }

    /** All words of a short query (two Vietnamese words are often four syllables); a long one may miss a quarter. */
    static int required(int words) {
        return words <= 4 ? words : words - words / 4;
    }

    private static Query acrossFields(java.util.function.Function<String, Query> perField, boolean exact) {
        List<Query> disjuncts = new ArrayList<>();
        disjuncts.add(boost(perField.apply(ArticleIndex.field(ArticleIndex.TITLE, exact)), TITLE));
        disjuncts.add(boost(perField.apply(ArticleIndex.field(ArticleIndex.SAPO, exact)), SAPO));
        disjuncts.add(boost(perField.apply(ArticleIndex.field(ArticleIndex.BODY, exact)), BODY));
        disjuncts.add(boost(perField.apply(ArticleIndex.field(ArticleIndex.EXTRA, exact)), EXTRA));
        return new DisjunctionMaxQuery(disjuncts, TIE_BREAKER);
    }

    private static Query phrase(String field, List<String> words, int slop) {
        return new PhraseQuery(slop, field, words.toArray(String[]::new));
    }

    private static Query boost(Query query, float boost) {
        return boost == 1f ? query : new BoostQuery(query, boost);
    }
}
