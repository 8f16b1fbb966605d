package vn.toasoan.comments;

/** The newsroom answered a comment: "Tòa soạn trả lời" shows under it once it is approved. */
record CommentReplied(long commentId, long articleId) {}
