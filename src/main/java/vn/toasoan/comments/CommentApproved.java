package vn.toasoan.comments;

/** An editor approved a comment: it is now public under its article, and its photo is to be published. */
public record CommentApproved(long commentId, long articleId) {}
