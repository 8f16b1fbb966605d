package vn.toasoan.articles;

import java.util.List;

/**
 * An article in the JSON API (DESIGN.md: "Article JSON"). Times are ISO-8601 with the +07:00 offset.
 *
 * @param section the section's slug
 * @param tags tag names
 * @param url the public path, {@code /slug-id.html}
 * @param figures the article's photos in the order they stand, each use with its own caption and credit
 * @param leadPhoto the photo the home page, section pages and og:image show, or null for an article without photos
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
        List<ArticleWarning> warnings,
        List<FigureJson> figures,
        LeadPhotoJson leadPhoto) {

    /**
     * @param image the stored photo's id; the same photo may stand in several articles, each with its own words
     * @param position the photo stands after this many paragraphs of the body
     * @param url the photo at its largest stored width
     */
    record FigureJson(String image, String url, int position, String caption, String credit, String alt) {}

    /**
     * @param chosen false while nobody chose: the article's first photo stands in
     * @param focusX the focal point that crops keep in view, percent from the left
     * @param focusY percent from the top
     */
    record LeadPhotoJson(String image, String url, boolean chosen, int focusX, int focusY) {}
}
