package vn.toasoan.articles;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * An article as the reader site and the newsroom read it.
 *
 * @param body sanitised HTML
 * @param updatedAt the public "Cập nhật" time: the last published change
 * @param corrections "Đính chính" notes appended after publishing, oldest first
 * @param lead the photo chosen to stand for the article, {@link LeadPhoto#NONE} when nobody chose one
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
        List<Correction> corrections,
        LeadPhoto lead) {

    public Article {
        figures = List.copyOf(figures);
        tags = List.copyOf(tags);
        corrections = corrections == null ? List.of() : List.copyOf(corrections);
        lead = lead == null ? LeadPhoto.NONE : lead;
    }

    /** An article whose lead photo nobody chose. */
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
            List<Tag> tags,
            List<Correction> corrections) {
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
                corrections,
                LeadPhoto.NONE);
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

    /** The figure that stands for the article: the chosen lead photo while it is in the article, else the first photo. */
    public Optional<Figure> leadFigure() {
        return figures.stream()
                .filter(f -> f.image() != null && f.image().id().equals(lead.imageId()))
                .findFirst()
                .or(() -> figures.stream().filter(f -> f.image() != null).findFirst());
    }

    /** The focal point applies to the chosen photo only; a stand-in is shown centred. */
    public String leadPosition() {
        return leadFigure()
                .filter(f -> f.image().id().equals(lead.imageId()))
                .map(f -> lead.objectPosition())
                .orElse(null);
    }

    public boolean isPublished() {
        return status == ArticleStatus.PUBLISHED;
    }
}
