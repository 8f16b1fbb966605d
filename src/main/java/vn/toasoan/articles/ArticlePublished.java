package vn.toasoan.articles;

/** Published for the first time or again after a change: search indexes it, caches forget it. */
public record ArticlePublished(long articleId) {}
