package vn.toasoan.comments;

/** An editor approved a comment: it is now public under its article. */
record CommentApproved(long commentId, long articleId) {}
