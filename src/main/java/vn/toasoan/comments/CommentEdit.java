package vn.toasoan.comments;

import java.time.Instant;

/** One edit by the newsroom: the text before and after, who and when. */
public record CommentEdit(String before, String after, String editor, Instant editedAt) {}
