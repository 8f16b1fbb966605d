package vn.toasoan.comments;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import vn.toasoan.vietnamese.DiacriticsDetector;
import vn.toasoan.vietnamese.DiacriticsRestorer;
import vn.toasoan.vietnamese.Syllables;

/**
 * The comment form's diacritics rule is the {@code vietnamese} package's, the same one that answers the browser at
 * {@code POST /api/v1/vietnamese/check}, so the reader hears the same verdict before and after sending.
 */
@Component
class VietnameseDiacritics implements DiacriticsCheck {

    private static final Pattern SENTENCES = Pattern.compile("[.!?;\\n\\r…]+");

    private final DiacriticsDetector detector;
    private final ObjectProvider<DiacriticsRestorer> restorer;

    VietnameseDiacritics(DiacriticsDetector detector, ObjectProvider<DiacriticsRestorer> restorer) {
        this.detector = detector;
        this.restorer = restorer;
    }

    @Override
    public boolean isMissingDiacritics(String text) {
        return detector.isMissingDiacritics(text);
    }

    /** One sentence typed without marks in an otherwise marked comment: the editor may want to mark it. */
    @Override
    public boolean isPartlyUnmarked(String text) {
        return Arrays.stream(SENTENCES.split(text))
                .filter(s -> Syllables.split(s).size() >= 3)
                .anyMatch(detector::isMissingDiacritics);
    }

    @Override
    public Optional<String> suggest(String text) {
        DiacriticsRestorer available = restorer.getIfAvailable();
        return available == null ? Optional.empty() : available.restore(text);
    }
}
