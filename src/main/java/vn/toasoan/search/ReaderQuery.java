package vn.toasoan.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import vn.toasoan.vietnamese.VietnameseText;

/**
 * What a reader typed, as words to look for. There is no query syntax: quotes, brackets, {@code AND} and {@code *}
 * are ordinary text, so no input can be a syntax error.
 *
 * @param text the input as the search box shows it again: trimmed, at most {@link #MAX_LENGTH} characters
 * @param folded the syllables without marks, in order
 * @param exact the same syllables with their marks, in order
 */
record ReaderQuery(String text, List<String> folded, List<String> exact) {

    static final int MAX_LENGTH = 200;

    /** Longer queries are cut here: every syllable adds clauses to the query. */
    static final int MAX_TERMS = 16;

    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cf}\\s]+");

    ReaderQuery {
        folded = List.copyOf(folded);
        exact = List.copyOf(exact);
    }

    static ReaderQuery parse(String input) {
        String text = clean(input);
        return new ReaderQuery(text, terms(VietnameseAnalyzers.FOLDED, text), terms(VietnameseAnalyzers.EXACT, text));
    }

    boolean isEmpty() {
        return folded.isEmpty();
    }

    private static String clean(String input) {
        if (input == null) {
            return "";
        }
        String text = CONTROL.matcher(VietnameseText.nfc(input)).replaceAll(" ").strip();
        if (text.length() > MAX_LENGTH) {
            int end = Character.isHighSurrogate(text.charAt(MAX_LENGTH - 1)) ? MAX_LENGTH - 1 : MAX_LENGTH;
            text = text.substring(0, end).strip();
        }
        return text;
    }

    private static List<String> terms(Analyzer analyzer, String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream tokens = analyzer.tokenStream("q", text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (terms.size() < MAX_TERMS && tokens.incrementToken()) {
                terms.add(term.toString());
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }
}
