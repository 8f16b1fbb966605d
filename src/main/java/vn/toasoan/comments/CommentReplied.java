package vn.toasoan.comments;

/** The newsroom answered a comment: "Tòa soạn trả lời" shows under it once it is approved. */
public record CommentReplied(long commentId, long articleId) {}
