package vn.toasoan.comments;

/** A reader sent a comment; it waits for an editor. */
record CommentSubmitted(long commentId, long articleId) {}
