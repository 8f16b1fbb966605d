package vn.toasoan.articles;

/** Where an article stands in the newsroom's workflow. Only {@link #PUBLISHED} articles are public. */
public enum ArticleStatus {
    DRAFT,
    IN_REVIEW,
    SCHEDULED,
    PUBLISHED,
    UNPUBLISHED
}
