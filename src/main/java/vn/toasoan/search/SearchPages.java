package vn.toasoan.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.toasoan.platform.VietnamTime;
import vn.toasoan.sections.Section;
import vn.toasoan.sections.Sections;
import vn.toasoan.site.Chrome;
import vn.toasoan.site.PageMeta;
import vn.toasoan.site.Pagination;

/**
 * {@code /tim-kiem?q=…&chuyen-muc=&tu-ngay=&den-ngay=&sap-xep=moi-nhat&trang=N}: the reader's search page. Not for
 * search engines to index. Filters a reader mistyped are left out rather than refused.
 */
@Controller
class SearchPages {

    static final String PATH = "/tim-kiem";
    static final String NEWEST = "moi-nhat";

    private static final DateTimeFormatter TYPED_DATE = DateTimeFormatter.ofPattern("d-M-uuuu");

    private final Search search;
    private final Sections sections;
    private final Chrome chrome;

    SearchPages(Search search, Sections sections, Chrome chrome) {
        this.search = search;
        this.sections = sections;
        this.chrome = chrome;
    }

    /** The filters of a request, as links repeat them. */
    record Filters(String section, LocalDate from, LocalDate to, boolean newestFirst) {

        String query() {
            StringBuilder out = new StringBuilder();
            if (section != null) {
                out.append("&chuyen-muc=").append(section);
            }
            if (from != null) {
                out.append("&tu-ngay=").append(from);
            }
            if (to != null) {
                out.append("&den-ngay=").append(to);
            }
            if (newestFirst) {
                out.append("&sap-xep=").append(NEWEST);
            }
            return out.toString();
        }
    }

    @GetMapping(PATH)
    String search(
            @RequestParam(required = false) String q,
            @RequestParam(name = "chuyen-muc", required = false) String section,
            @RequestParam(name = "tu-ngay", required = false) String from,
            @RequestParam(name = "den-ngay", required = false) String to,
            @RequestParam(name = "sap-xep", required = false) String order,
            @RequestParam(required = false) String trang,
            Model model) {
        var t = chrome.localizer();
        Optional<Section> chosen =
                section == null || section.isBlank() ? Optional.empty() : sections.bySlug(section.strip());
        var filters = new Filters(chosen.map(Section::slug).orElse(null), date(from), date(to), NEWEST.equals(order));
        Search.Results results = search.find(new Search.Request(
                q,
                chosen.map(Section::id).orElse(null),
                filters.from(),
                filters.to(),
                filters.newestFirst() ? ArticleIndex.Order.DATE : ArticleIndex.Order.RELEVANCE,
                Search.page(trang)));
        String query = results.query().text();
        String heading = t.lookup("search.heading");
        var meta = new PageMeta(
                chrome.title(query.isEmpty() ? heading : heading + ": " + query),
                t.lookup("search.description"),
                chrome.absolute(PATH),
                "website",
                null,
                null,
                true);
        Map<Long, Section> bySection = sections.byIds();
        model.addAttribute(
                "page",
                new SearchPage(
                        chrome.layout(meta, null),
                        query,
                        !query.isEmpty(),
                        results.total(),
                        results.hits().stream()
                                .map(hit -> result(hit, bySection.get(hit.sectionId())))
                                .toList(),
                        pagination(query, filters, results),
                        form(filters, t.lookup("search.filter.allSections")),
                        results.suggestion(),
                        results.suggestion() == null ? null : url(results.suggestion(), filters, 1)));
        return "search/search";
    }

    private SearchPage.Form form(Filters filters, String allSections) {
        List<SearchPage.Option> options = new ArrayList<>();
        options.add(new SearchPage.Option("", allSections, filters.section() == null));
        for (Section section : sections.all()) {
            options.add(new SearchPage.Option(
                    section.slug(), section.name(), section.slug().equals(filters.section())));
        }
        return new SearchPage.Form(
                options,
                filters.section() == null ? "" : filters.section(),
                filters.from() == null ? "" : filters.from().toString(),
                filters.to() == null ? "" : filters.to().toString(),
                filters.newestFirst());
    }

    /** A day as the date field sends it ({@code 2017-02-14}) or as a reader types it ({@code 14-02-2017}). */
    static LocalDate date(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(text, TYPED_DATE);
            } catch (DateTimeParseException again) {
                return null;
            }
        }
    }

    private static SearchPage.SearchResult result(ArticleIndex.Hit hit, Section section) {
        return new SearchPage.SearchResult(
                hit.url(),
                hit.titleHtml(),
                hit.snippetHtml(),
                section == null ? "" : section.name(),
                section == null ? "/" : section.url(),
                VietnamTime.shortDateTime(hit.publishedAt()),
                VietnamTime.iso(hit.publishedAt()));
    }

    private static Pagination pagination(String query, Filters filters, Search.Results results) {
        int page = Math.min(results.page(), results.pages() + 1);
        return new Pagination(
                results.page(),
                results.pages(),
                page > 1 ? url(query, filters, page - 1) : null,
                page < results.pages() ? url(query, filters, page + 1) : null);
    }

    static String url(String query, Filters filters, int page) {
        String url = PATH + "?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8) + filters.query();
        return page == 1 ? url : url + "&trang=" + page;
    }
}
