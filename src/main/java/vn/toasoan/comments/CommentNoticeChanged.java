package vn.toasoan.comments;

/** An admin changed the notice readers see above the comment form. */
public record CommentNoticeChanged() {}
