package vn.toasoan.comments;

/** A reader sent a comment; it waits for an editor. */
public record CommentSubmitted(long commentId, long articleId) {}
