package vn.toasoan.articles;

import java.time.Instant;

/** A row of the newsroom's article list. */
public record WorkingSummary(
        long id,
        String title,
        String slug,
        long sectionId,
        ArticleStatus status,
        Long authorId,
        String authorName,
        String byline,
        Instant modifiedAt,
        String modifiedBy,
        Instant publishedAt,
        Instant scheduledAt) {

    public String url() {
        return ArticleSummary.path(slug, id);
    }
}
