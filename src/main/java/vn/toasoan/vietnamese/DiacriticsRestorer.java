package vn.toasoan.vietnamese;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.toasoan.storage.DataDirectory;

/**
 * Puts the marks back on Vietnamese typed without them: "cam on ban rat nhieu" → "cảm ơn bạn rất nhiều". Each bare
 * syllable may stand for the marked forms the model has seen; a trigram model trained on the paper's own articles
 * and on the {@link CommentRegister}, text in the way readers write, picks the most probable sentence (Viterbi).
 * Words the model has never seen, numbers and punctuation stay as typed, and so does the case of every letter.
 *
 * <p>Until a model has been built (a new site with nothing published yet) there is nothing to learn from, and
 * {@link #restore} answers empty rather than guess from a built-in word list that would not know the paper's names
 * and vocabulary. The model lives in {@code vietnamese/model.bin} under the data directory; see {@link ModelKeeper}
 * for when it is built.
 */
@Component
public class DiacriticsRestorer {

    private final ModelKeeper keeper;
    private volatile NgramModel model;

    @Autowired
    public DiacriticsRestorer(DataDirectory dataDirectory, ObjectProvider<PublishedTextSource> sources) {
        this.keeper =
                new ModelKeeper(dataDirectory.resolve("vietnamese", "model.bin"), sources::getIfAvailable, this::use);
    }

    DiacriticsRestorer(NgramModel model) {
        this.keeper = null;
        this.model = model;
    }

    /** Only a server needs the model; a command such as import-page would race its own shutdown building it. */
    @EventListener(ApplicationReadyEvent.class)
    void loadOrBuildModel(ApplicationReadyEvent event) {
        if (event.getApplicationContext()
                .getEnvironment()
                .getProperty("toasoan.command", "")
                .isEmpty()) {
            keeper.startInBackground();
        }
    }

    @Scheduled(initialDelayString = "PT15M", fixedDelayString = "PT1H")
    void rebuildModelIfDue() {
        keeper.rebuildIfDue();
    }

    /** The text with its marks restored, or empty when there is no model or nothing to change. */
    public Optional<String> restore(String text) {
        NgramModel current = model;
        if (text == null || text.isBlank() || current == null) {
            return Optional.empty();
        }
        String nfc = VietnameseText.nfc(text);
        String restored = restore(current, nfc);
        return restored.equals(nfc) ? Optional.empty() : Optional.of(restored);
    }

    boolean hasModel() {
        return model != null;
    }

    NgramModel model() {
        return model;
    }

    void use(NgramModel next) {
        this.model = next;
    }

    static String restore(NgramModel model, String text) {
        List<TextTokens.Word> words = TextTokens.words(text);
        StringBuilder out = new StringBuilder(text);
        List<TextTokens.Word> segment = new ArrayList<>();
        List<int[]> options = new ArrayList<>();
        for (TextTokens.Word w : words) {
            int[] ids = candidates(model, w);
            if ((w.segmentStart() || ids.length == 0) && !segment.isEmpty()) {
                decode(model, segment, options, text, out);
            }
            if (ids.length > 0) {
                segment.add(w);
                options.add(ids);
            }
        }
        decode(model, segment, options, text, out);
        return out.toString();
    }

    /** Marked words keep their own form; bare words may become any marked form seen with the same folding. */
    private static int[] candidates(NgramModel model, TextTokens.Word w) {
        String folded = VietnameseText.fold(w.lower());
        if (!folded.equals(w.lower())) {
            int id = model.id(w.lower());
            return id < 0 ? new int[0] : new int[] {id};
        }
        return model.candidates(folded);
    }

    private static void decode(
            NgramModel model, List<TextTokens.Word> segment, List<int[]> options, String text, StringBuilder out) {
        if (segment.isEmpty()) {
            return;
        }
        int[] best = Viterbi.best(model, options.toArray(int[][]::new));
        for (int i = 0; i < best.length; i++) {
            TextTokens.Word w = segment.get(i);
            String original = text.substring(w.start(), w.end());
            if (VietnameseText.fold(original).equals(original)) {
                out.replace(w.start(), w.end(), withCaseOf(original, model.word(best[i])));
            } // a word the reader marked stays exactly as typed, old-style tone placement included
        }
        segment.clear();
        options.clear();
    }

    /** The restored word in the case of the typed one; lengths match because both are NFC syllables. */
    private static String withCaseOf(String original, String restored) {
        if (restored.length() != original.length()) {
            return original;
        }
        if (original.toLowerCase(Locale.ROOT).equals(original)) {
            return restored;
        }
        char[] chars = restored.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (Character.isUpperCase(original.charAt(i))) {
                chars[i] = Character.toUpperCase(chars[i]);
            }
        }
        return new String(chars);
    }
}
