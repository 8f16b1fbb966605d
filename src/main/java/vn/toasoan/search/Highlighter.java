package vn.toasoan.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;

/** Marks the reader's words in titles and picks the passage of the body that shows them best. */
final class Highlighter {

    /** About two lines on a phone. */
    static final int SNIPPET_LENGTH = 180;

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final String[] FIELDS = {ArticleDocument.TITLE, ArticleDocument.SAPO, ArticleDocument.BODY};
    private static final int[] PASSAGES = {1, 1, 1};

    private final Analyzer analyzer;

    Highlighter(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    Marked mark(IndexSearcher searcher, Query query, int[] docs) throws IOException {
        if (docs.length == 0) {
            return new Marked(Map.of());
        }
        var builder = UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new MarkedPassages())
                .withWeightMatches(true)
                .withMaxLength(Integer.MAX_VALUE - 1)
                // no passage without a match: the caller falls back to the plain title or sapo
                .withMaxNoHighlightPassages(0)
                // a word typed with marks is looked up in the marked form of the field, which has the same offsets
                .withMaskedFieldsFunc(field -> Set.of(ArticleDocument.exact(field)));
        var highlighter = new UnifiedHighlighter(builder) {
            @Override
            protected BreakIterator getBreakIterator(String field) {
                return field.equals(ArticleDocument.TITLE)
                        ? new WholeBreakIterator()
                        : LengthGoalBreakIterator.createClosestToLength(
                                BreakIterator.getWordInstance(VIETNAMESE), SNIPPET_LENGTH, 0.4f);
            }
        };
        return new Marked(highlighter.highlightFields(FIELDS, query, docs, PASSAGES));
    }

    /** The marked fields of each document, by position in the page. */
    record Marked(Map<String, String[]> byField) {

        String title(int i, String plainTitle) {
            String marked = get(ArticleDocument.TITLE, i);
            return marked != null ? marked : MarkedPassages.escape(plainTitle);
        }

        /**
         * The passage of the body with the reader's words, unless the sapo has them closer together (a longer marked
         * phrase); the plain sapo when neither has them.
         */
        String snippet(int i, String plainSapo) {
            String body = get(ArticleDocument.BODY, i);
            String sapo = get(ArticleDocument.SAPO, i);
            if (body != null && (sapo == null || longestMark(body) >= longestMark(sapo))) {
                return body;
            }
            return sapo != null ? sapo : MarkedPassages.escape(MarkedPassages.shorten(plainSapo, SNIPPET_LENGTH));
        }

        private static int longestMark(String html) {
            int longest = 0;
            for (int start = html.indexOf("<mark>"); start >= 0; start = html.indexOf("<mark>", start + 1)) {
                longest = Math.max(longest, html.indexOf("</mark>", start) - start);
            }
            return longest;
        }

        private String get(String field, int i) {
            String[] values = byField.get(field);
            return values == null ? null : values[i];
        }
    }
}
