package vn.toasoan.articles;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What the importer and the demo content hand over to publish an article directly. */
public record NewArticle(
        long sectionId,
        String title,
        String sapo,
        String bodyHtml,
        String byline,
        List<String> tags,
        List<NewFigure> figures,
        Instant publishedAt,
        Instant updatedAt) {

    public NewArticle {
        tags = List.copyOf(tags);
        figures = List.copyOf(figures);
    }

    public record NewFigure(int position, UUID imageId, String caption, String credit, String alt) {}
}
