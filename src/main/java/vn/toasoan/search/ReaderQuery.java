package vn.toasoan.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import vn.toasoan.vietnamese.VietnameseText;

/**
 * What a reader typed, as words to look for. There is no query syntax: quotes, brackets, {@code AND} and {@code *}
 * are ordinary text, so no input can be a syntax error.
 *
 * <p>The marks a reader types count: a word typed with them ("Dương") finds that word only, whatever its case or
 * the place of its tone mark, never a look-alike ("đường"); a word typed without them ("duong") finds every marked
 * form.
 *
 * @param text the input as the search box shows it again: trimmed, at most {@link #MAX_LENGTH} characters
 * @param folded the syllables without marks, in order
 * @param exact the same syllables with their marks, in order
 * @param typed the same words as the reader typed them (NFC)
 */
record ReaderQuery(String text, List<String> folded, List<String> exact, List<String> typed) {

    static final int MAX_LENGTH = 200;

    /** Longer queries are cut here: every syllable adds clauses to the query. */
    static final int MAX_TERMS = 16;

    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cf}\\s]+");

    ReaderQuery {
        folded = List.copyOf(folded);
        exact = List.copyOf(exact);
        typed = List.copyOf(typed);
    }

    static ReaderQuery parse(String input) {
        String text = clean(input);
        List<String> typed = new ArrayList<>();
        List<String> folded = terms(VietnameseAnalyzers.FOLDED, text, typed);
        List<String> exact = terms(VietnameseAnalyzers.EXACT, text, new ArrayList<>());
        // both analyzers cut the same words; should folding ever drop one, the words count as typed without marks
        return new ReaderQuery(text, folded, exact.size() == folded.size() ? exact : folded, typed);
    }

    boolean isEmpty() {
        return folded.isEmpty();
    }

    int size() {
        return folded.size();
    }

    /** Whether the reader typed the i-th word with marks (a tone, a vowel mark or đ). */
    boolean marked(int i) {
        return !exact.get(i).equals(folded.get(i));
    }

    /** Whether every word was typed without marks. */
    boolean unmarked() {
        for (int i = 0; i < size(); i++) {
            if (marked(i)) {
                return false;
            }
        }
        return true;
    }

    /** Whether every word was typed with marks. */
    boolean fullyMarked() {
        for (int i = 0; i < size(); i++) {
            if (!marked(i)) {
                return false;
            }
        }
        return true;
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

    private static List<String> terms(Analyzer analyzer, String text, List<String> typed) {
        List<String> terms = new ArrayList<>();
        try (TokenStream tokens = analyzer.tokenStream("q", text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            OffsetAttribute offsets = tokens.addAttribute(OffsetAttribute.class);
            tokens.reset();
            while (terms.size() < MAX_TERMS && tokens.incrementToken()) {
                terms.add(term.toString());
                typed.add(text.substring(offsets.startOffset(), offsets.endOffset()));
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }
}
