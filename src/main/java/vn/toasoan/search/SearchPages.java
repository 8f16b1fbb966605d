package vn.toasoan.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
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

/** {@code /tim-kiem?q=…&trang=N}: the reader's search page. Not for search engines to index. */
@Controller
class SearchPages {

    static final String PATH = "/tim-kiem";

    private final Search search;
    private final Sections sections;
    private final Chrome chrome;

    SearchPages(Search search, Sections sections, Chrome chrome) {
        this.search = search;
        this.sections = sections;
        this.chrome = chrome;
    }

    @GetMapping(PATH)
    String search(@RequestParam(required = false) String q, @RequestParam(required = false) String trang, Model model) {
        var t = chrome.localizer();
        Search.Results results = search.find(q, Search.page(trang));
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
                        pagination(query, results)));
        return "search/search";
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

    private static Pagination pagination(String query, Search.Results results) {
        int page = Math.min(results.page(), results.pages() + 1);
        return new Pagination(
                results.page(),
                results.pages(),
                page > 1 ? url(query, page - 1) : null,
                page < results.pages() ? url(query, page + 1) : null);
    }

    static String url(String query, int page) {
        String url = PATH + "?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
        return page == 1 ? url : url + "&trang=" + page;
    }
}
