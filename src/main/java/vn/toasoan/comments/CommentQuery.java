package vn.toasoan.comments;

/**
 * The moderation queue's filters; null means any.
 *
 * @param text matched in the text (as sent and as edited), the name and the e-mail
 */
public record CommentQuery(CommentStatus status, Long articleId, CommentFlag flag, String text) {}
