package vn.toasoan.articles;

/** Any change to an article, whatever its status: caches and the search index forget what they knew of it. */
public record ArticleChanged(long articleId) {}
