package vn.toasoan.comments;

/** No comment with this id, or not one the asker may see. */
public class CommentNotFoundException extends RuntimeException {

    public CommentNotFoundException(long id) {
        super("No comment " + id);
    }
}
