package vn.toasoan.articles;

import java.time.Instant;
import vn.toasoan.media.Image;

/** An article in a list: home page, section page, related articles, feeds. */
public record ArticleSummary(
        long id,
        long sectionId,
        String title,
        String slug,
        String sapo,
        Instant publishedAt,
        Instant updatedAt,
        Image leadImage,
        String leadImageAlt) {

    static String path(String slug, long id) {
        return "/" + slug + "-" + id + ".html";
    }

    public String url() {
        return path(slug, id);
    }
}
