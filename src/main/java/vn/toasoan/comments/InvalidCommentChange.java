package vn.toasoan.comments;

import org.springframework.http.HttpStatus;
import vn.toasoan.platform.FeatureException;

/**
 * An editor's change that cannot be made, such as an empty text; the message is the reason's code ({@code empty},
 * {@code tooLong}), which the newsroom puts in words.
 */
public class InvalidCommentChange extends FeatureException {

    public InvalidCommentChange(String message) {
        super(message, HttpStatus.UNPROCESSABLE_CONTENT, "problem.comments.invalidChange");
    }

    @Override
    public String titleKey() {
        return "problem.comments.invalidChange.title";
    }
}
