package vn.toasoan.comments;

/** An editor changed the words readers see of a comment. */
public record CommentEdited(long commentId, long articleId) {}
