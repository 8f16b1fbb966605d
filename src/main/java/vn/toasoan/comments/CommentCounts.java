package vn.toasoan.comments;

/** How many comments an article has that readers see, and how many wait for an editor. */
public record CommentCounts(long approved, long pending) {

    public static final CommentCounts NONE = new CommentCounts(0, 0);
}
