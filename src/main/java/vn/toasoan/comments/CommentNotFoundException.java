package vn.toasoan.comments;

import org.springframework.http.HttpStatus;
import vn.toasoan.platform.FeatureException;

/** No comment with this id, or not one the asker may see. */
public class CommentNotFoundException extends FeatureException {

    public CommentNotFoundException(long id) {
        super("No comment " + id, HttpStatus.NOT_FOUND, "problem.comments.notFound");
    }

    @Override
    public String titleKey() {
        return "problem.comments.notFound.title";
    }
}
