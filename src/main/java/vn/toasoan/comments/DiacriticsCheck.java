package vn.toasoan.comments;

import java.util.Optional;

/**
 * "Vui lòng gõ tiếng Việt có dấu": whether a comment is Vietnamese typed without its marks. The same rule runs in the
 * reader's browser, through {@code POST /api/v1/vietnamese/check}.
 */
interface DiacriticsCheck {

    /** Unmarked Vietnamese of three syllables or more; English, names, numbers, URLs and mixed text pass. */
    boolean isMissingDiacritics(String text);

    /** Some sentences lack their marks though the comment as a whole passes: worth a flag for the editor. */
    boolean isPartlyUnmarked(String text);

    /** The text with its marks restored, when a restorer knows how. */
    default Optional<String> suggest(String text) {
        return Optional.empty();
    }
}
