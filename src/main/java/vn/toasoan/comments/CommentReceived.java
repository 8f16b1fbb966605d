package vn.toasoan.comments;

/** A reader's comment arrived and waits for moderation: its article's author is told. */
public record CommentReceived(long commentId, long articleId) {}
