package vn.toasoan.search;

import java.util.List;
import vn.toasoan.site.Layout;
import vn.toasoan.site.Pagination;

/**
 * The search page.
 *
 * @param query what the reader typed, shown again in the box
 * @param searched false before the reader has typed anything
 * @param form the filters as the reader set them, shown again in the form
 * @param suggestion what the reader may have meant when nothing was found, or null
 * @param suggestionUrl the search for it, with the same filters
 */
public record SearchPage(
        Layout layout,
        String query,
        boolean searched,
        long total,
        List<SearchResult> results,
        Pagination pagination,
        Form form,
        String suggestion,
        String suggestionUrl) {

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

    /**
     * The filters: a section (its slug, empty for all), days as {@code yyyy-MM-dd} for the date fields, and the
     * order.
     */
    public record Form(List<Option> sections, String section, String from, String to, boolean newestFirst) {

        public boolean filtered() {
            return !section.isEmpty() || !from.isEmpty() || !to.isEmpty() || newestFirst;
        }
    }

    public record Option(String value, String label, boolean selected) {}
}
