package vn.toasoan.comments;

import java.util.List;

/** One page of the moderation queue. */
public record CommentPage(List<Comment> items, long total, int page, int pages) {}
