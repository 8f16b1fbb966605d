package vn.toasoan.articles;

import java.time.Instant;
import java.util.List;

/**
 * An article page scraped to text, as the sample page: title, "Cập nhật" line, lead, captions, body, byline, then page
 * chrome that the parser has already dropped.
 *
 * @param nearDuplicates pairs of page paragraph numbers (1-based, counting the title as 1), as a reader of the file
 *     would count them
 */
record ScrapedPage(
        String title,
        Instant updatedAt,
        String sapo,
        List<String> body,
        List<ScrapedFigure> figures,
        String byline,
        List<int[]> nearDuplicates) {

    /** @param position the figure stands after this many body paragraphs */
    record ScrapedFigure(int position, String caption, String credit) {}
}
