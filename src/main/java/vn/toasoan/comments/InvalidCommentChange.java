package vn.toasoan.comments;

/** An editor's change that cannot be made, such as an empty text; the message is for the editor. */
public class InvalidCommentChange extends RuntimeException {

    public InvalidCommentChange(String message) {
        super(message);
    }
}
