package vn.toasoan.articles;

import java.time.Instant;

/**
 * An article as the newsroom works on it: the article itself plus who wrote it, who changed it last, and when it is due
 * to go out.
 *
 * @param authorId null for imported and demo articles, which no account wrote
 * @param scheduledAt when a SCHEDULED article publishes itself; otherwise null
 */
public record WorkingArticle(
        Article article,
        Long authorId,
        String authorName,
        Instant createdAt,
        Instant modifiedAt,
        String modifiedBy,
        Instant scheduledAt) {

    public long id() {
        return article.id();
    }

    public ArticleStatus status() {
        return article.status();
    }

    public int version() {
        return article.version();
    }

    public boolean writtenBy(long accountId) {
        return authorId != null && authorId == accountId;
    }
}
