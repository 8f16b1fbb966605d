package vn.toasoan.comments;

/** An editor rejected a comment: if it was public, it no longer is. */
public record CommentRejected(long commentId, long articleId) {}
