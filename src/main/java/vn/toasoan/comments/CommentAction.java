package vn.toasoan.comments;

import java.time.Instant;

/** One line of a comment's moderation history. */
public record CommentAction(String actor, String action, String details, Instant at) {}
