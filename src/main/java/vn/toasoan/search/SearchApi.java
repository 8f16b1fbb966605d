package vn.toasoan.search;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.toasoan.platform.FeatureException;
import vn.toasoan.platform.JsonApi;
import vn.toasoan.platform.VietnamTime;
import vn.toasoan.sections.Section;
import vn.toasoan.sections.Sections;

/**
 * {@code GET /api/v1/search?q=…&section=&from=&to=&sort=&page=}: public, best first (or newest first with
 * {@code sort=date}); {@code from} and {@code to} are days ({@code 2017-02-14}) in Vietnam time, both included.
 */
@RestController
@JsonApi
class SearchApi {

    private final Search search;
    private final Sections sections;

    SearchApi(Search search, Sections sections) {
        this.search = search;
        this.sections = sections;
    }

    @GetMapping("/api/v1/search")
    Response search(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String section,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String page) {
        if (q == null || q.isBlank()) {
            throw new SearchRefused("search.api.missingQuery.detail");
        }
        Long sectionId = null;
        if (section != null && !section.isBlank()) {
            sectionId = sections.bySlug(section.strip())
                    .map(Section::id)
                    .orElseThrow(() -> new SearchRefused("search.api.noSection", section.strip()));
        }
        Search.Results results = search.find(
                new Search.Request(q, sectionId, date("from", from), date("to", to), order(sort), Search.page(page)));
        Map<Long, Section> bySection = sections.byIds();
        return new Response(
                results.total(),
                results.hits().stream()
                        .map(hit -> new Item(
                                hit.id(),
                                hit.title(),
                                hit.url(),
                                hit.snippetHtml(),
                                slug(bySection.get(hit.sectionId())),
                                VietnamTime.iso(hit.publishedAt())))
                        .toList(),
                results.page(),
                results.pages(),
                results.suggestion());
    }

    private static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new SearchRefused("search.api.badDate", name, value.strip());
        }
    }

    private static ArticleIndex.Order order(String sort) {
        if (sort == null || sort.isBlank() || sort.strip().equalsIgnoreCase("relevance")) {
            return ArticleIndex.Order.RELEVANCE;
        }
        if (sort.strip().equalsIgnoreCase("date")) {
            return ArticleIndex.Order.DATE;
        }
        throw new SearchRefused("search.api.badSort", sort.strip());
    }

    private static String slug(Section section) {
        return section == null ? null : section.slug();
    }

    /**
     * @param snippet HTML: the article's text escaped, the reader's words in {@code <mark>}
     * @param section the section's slug
     * @param publishedAt ISO-8601 with the +07:00 offset
     */
    record Item(long id, String title, String url, String snippet, String section, String publishedAt) {}

    /**
     * @param suggestion what the reader may have meant when nothing was found ("Có phải bạn muốn tìm"), else null
     */
    record Response(long total, List<Item> items, int page, int pages, String suggestion) {}

    /** A search the API cannot run as asked: answered as a problem in the caller's language. */
    static final class SearchRefused extends FeatureException {

        SearchRefused(String messageKey, Object... arguments) {
            super(HttpStatus.BAD_REQUEST, messageKey, arguments);
        }

        @Override
        public String titleKey() {
            return messageKey().equals("search.api.missingQuery.detail")
                    ? "search.api.missingQuery.title"
                    : "search.api.invalid.title";
        }
    }
}
