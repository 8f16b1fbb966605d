package vn.toasoan.articles;

import java.time.Instant;
import java.util.List;

/**
 * An article as the reader site and the newsroom read it.
 *
 * @param body sanitised HTML
 * @param updatedAt the public "Cập nhật" time: the last published change
 */
public record Article(
        long id,
        long sectionId,
        String title,
        String slug,
        String sapo,
        String body,
        String byline,
        String seoDescription,
        ArticleStatus status,
        Instant publishedAt,
        Instant updatedAt,
        int version,
        List<Figure> figures,
        List<Tag> tags) {

    public Article {
        figures = List.copyOf(figures);
        tags = List.copyOf(tags);
    }

    public String url() {
        return ArticleSummary.path(slug, id);
    }

    public boolean isPublished() {
        return status == ArticleStatus.PUBLISHED;
    }
}
