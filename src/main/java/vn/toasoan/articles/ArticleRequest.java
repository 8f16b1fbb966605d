package vn.toasoan.articles;

import java.util.ArrayList;
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
        String seoDescription) {

    /** The fields a new draft needs that the request leaves out, by their JSON names. */
    List<String> missingForCreate() {
        List<String> missing = new ArrayList<>();
        if (blank(title)) {
            missing.add("title");
        }
        if (sapo == null) {
            missing.add("sapo");
        }
        if (body == null) {
            missing.add("body");
        }
        if (blank(section)) {
            missing.add("section");
        }
        return missing;
    }

    ArticleInput toInput(long sectionId) {
        return new ArticleInput(title, slug, sapo, body, sectionId, tags, byline, seoDescription, List.of());
    }

    /** The article as it is now with what the request changes; photos stay. */
    ArticleInput over(ArticleInput now, Long sectionId) {
        return new ArticleInput(
                or(title, now.title()),
                or(slug, now.slug()),
                or(sapo, now.sapo()),
                or(body, now.body()),
                sectionId,
                tags == null ? now.tags() : tags,
                or(byline, now.byline()),
                or(seoDescription, now.seoDescription()),
                now.figures());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String or(String value, String fallback) {
        return value == null ? fallback : value;
    }
}
