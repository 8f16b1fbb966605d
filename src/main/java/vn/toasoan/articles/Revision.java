package vn.toasoan.articles;

import java.time.Instant;

/** One save of an article, whole. Numbers count from 1 per article. */
public record Revision(
        long id,
        int number,
        RevisionKind kind,
        Instant savedAt,
        String savedBy,
        ArticleStatus status,
        CleanArticle content) {}
