package vn.toasoan.articles;

import java.time.Instant;
import vn.toasoan.media.Image;

/**
 * An article in a list: home page, section page, related articles, feeds.
 *
 * @param leadPosition CSS {@code object-position} of the lead photo's focal point, null for the centre
 */
public record ArticleSummary(
        long id,
        long sectionId,
        String title,
        String slug,
        String sapo,
        Instant publishedAt,
        Instant updatedAt,
        Image leadImage,
        String leadImageAlt,
        String leadPosition) {

    static String path(String slug, long id) {
        return "/" + slug + "-" + id + ".html";
    }

    public String url() {
        return path(slug, id);
    }
}
