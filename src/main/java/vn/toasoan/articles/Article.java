package vn.toasoan.articles;

import java.time.Instant;
import java.util.List;

/**
 * An article as the reader site and the newsroom read it.
 *
 * @param body sanitised HTML
 * @param updatedAt the public "Cập nhật" time: the last published change
 * @param corrections "Đính chính" notes appended after publishing, oldest first
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
        List<Tag> tags,
        List<Correction> corrections) {

    public Article {
        figures = List.copyOf(figures);
        tags = List.copyOf(tags);
        corrections = corrections == null ? List.of() : List.copyOf(corrections);
    }

    /** An article without corrections. */
    public Article(
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
        this(
                id,
                sectionId,
                title,
                slug,
                sapo,
                body,
                byline,
                seoDescription,
                status,
                publishedAt,
                updatedAt,
                version,
                figures,
                tags,
                List.of());
    }

    public String url() {
        return ArticleSummary.path(slug, id);
    }

    public boolean isPublished() {
        return status == ArticleStatus.PUBLISHED;
    }
}
