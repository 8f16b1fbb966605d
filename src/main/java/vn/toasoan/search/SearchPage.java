package vn.toasoan.search;

import java.util.List;
import vn.toasoan.site.Layout;
import vn.toasoan.site.Pagination;

/**
 * The search page.
 *
 * @param query what the reader typed, shown again in the box
 * @param searched false before the reader has typed anything
 */
public record SearchPage(
        Layout layout, String query, boolean searched, long total, List<SearchResult> results, Pagination pagination) {

    public boolean found() {
        return !results.isEmpty();
    }

    /**
     * One article found.
     *
     * @param titleHtml escaped, the reader's words marked
     * @param snippetHtml escaped, the reader's words marked
     */
    public record SearchResult(
            String url,
            String titleHtml,
            String snippetHtml,
            String sectionName,
            String sectionUrl,
            String time,
            String isoTime) {}
}
