package vn.toasoan.articles;

import java.util.List;
import java.util.UUID;

/**
 * What a reporter or an editor saves, from the editor or the API. Everything is cleaned on the way in: Unicode NFC,
 * the body through the allow-list, the slug made from the title when left blank.
 *
 * @param body HTML from the editor
 * @param tags names, as typed
 */
public record ArticleInput(
        String title,
        String slug,
        String sapo,
        String body,
        Long sectionId,
        List<String> tags,
        String byline,
        String seoDescription,
        List<FigureInput> figures) {

    public ArticleInput {
        tags = tags == null ? List.of() : List.copyOf(tags);
        figures = figures == null ? List.of() : List.copyOf(figures);
    }

    /** A figure: a stored image with its caption, credit ("Ảnh: …") and alt text. */
    public record FigureInput(UUID imageId, String caption, String credit, String alt, int position) {}
}
