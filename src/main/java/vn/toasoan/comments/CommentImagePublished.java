package vn.toasoan.comments;

/** The copies readers see of an approved comment's photo were made: the photo shows under the comment from now on. */
public record CommentImagePublished(long commentId, long articleId) {}
