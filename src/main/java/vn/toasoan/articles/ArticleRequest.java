package vn.toasoan.articles;

import java.util.List;

/**
 * What the JSON API accepts to create or change an article. Creating needs {@code title}, {@code sapo}, {@code body}
 * and {@code section}; a change leaves out what stays as it is.
 *
 * @param section the section's slug
 * @param body HTML, sanitised on the way in
 */
record ArticleRequest(
        String title,
        String slug,
        String sapo,
        String body,
        String section,
        List<String> tags,
        String byline,
        String seoDescription) {}
