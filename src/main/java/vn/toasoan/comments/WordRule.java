package vn.toasoan.comments;

import java.util.List;
import vn.toasoan.vietnamese.Syllables;

/**
 * One entry of the word lists.
 *
 * @param action {@code REJECT} refuses the comment; {@code HOLD} keeps it with a flag for the editor
 * @param match {@code EXACT} after NFC and case folding; {@code FOLDED} with the marks dropped too
 */
public record WordRule(long id, String phrase, Action action, Match match) {

    public enum Action {
        REJECT,
        HOLD
    }

    public enum Match {
        EXACT,
        FOLDED
    }

    List<String> syllables() {
        return match == Match.EXACT ? Syllables.exact(phrase) : Syllables.folded(phrase);
    }
}
