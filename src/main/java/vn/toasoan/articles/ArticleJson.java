package vn.toasoan.articles;

import java.util.List;

/**
 * An article in the JSON API (DESIGN.md: "Article JSON"). Times are ISO-8601 with the +07:00 offset.
 *
 * @param section the section's slug
 * @param tags tag names
 * @param url the public path, {@code /slug-id.html}
 */
record ArticleJson(
        long id,
        String title,
        String slug,
        String sapo,
        String body,
        String section,
        List<String> tags,
        String byline,
        ArticleStatus status,
        String publishedAt,
        String updatedAt,
        String url,
        long views,
        List<ArticleWarning> warnings) {}
