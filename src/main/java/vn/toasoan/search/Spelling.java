package vn.toasoan.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * The closest words the index holds to the ones a reader mistyped, for "Có phải bạn muốn tìm: …". Looks in the
 * index's own terms, so it knows the paper's names and places and never suggests a word no article has. A word typed
 * with marks is compared with the marked words, so "Bình Duơng" becomes "bình dương"; one typed without, with the
 * unmarked ones.
 */
final class Spelling {

    private static final List<String> FIELDS =
            List.of(ArticleDocument.TITLE, ArticleDocument.SAPO, ArticleDocument.BODY, ArticleDocument.EXTRA);

    private static final DirectSpellChecker CHECKER = checker();

    private Spelling() {}

    private static DirectSpellChecker checker() {
        var checker = new DirectSpellChecker();
        // a wrong first letter is a common slip too: "duong" for "đường" is one edit in the marked form
        checker.setMinPrefix(0);
        // Vietnamese words are syllables, most of them short
        checker.setMinQueryLength(2);
        checker.setMaxEdits(2);
        return checker;
    }

    static Optional<List<String>> corrected(IndexReader reader, ReaderQuery query) throws IOException {
        List<String> words = new ArrayList<>();
        boolean changed = false;
        for (int i = 0; i < query.size(); i++) {
            boolean marked = query.marked(i);
            String term = marked ? query.exact().get(i) : query.folded().get(i);
            if (known(reader, term, marked)) {
                words.add(query.typed().get(i));
                continue;
            }
            SuggestWord best = null;
            for (String field : FIELDS) {
                String name = marked ? ArticleDocument.exact(field) : field;
                for (SuggestWord word : CHECKER.suggestSimilar(
                        new Term(name, term), 1, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX)) {
                    if (best == null
                            || word.score > best.score
                            || (word.score == best.score && word.freq > best.freq)) {
                        best = word;
                    }
                }
            }
            if (best == null) {
                return Optional.empty();
            }
            words.add(best.string);
            changed = true;
        }
        return changed ? Optional.of(words) : Optional.empty();
    }

    private static boolean known(IndexReader reader, String term, boolean marked) throws IOException {
        for (String field : FIELDS) {
            if (reader.docFreq(new Term(marked ? ArticleDocument.exact(field) : field, term)) > 0) {
                return true;
            }
        }
        return false;
    }
}
