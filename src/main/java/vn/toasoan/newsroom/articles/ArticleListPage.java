package vn.toasoan.newsroom.articles;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.toasoan.accounts.Account;
import vn.toasoan.accounts.Accounts;
import vn.toasoan.articles.ArticleEditing;
import vn.toasoan.articles.ArticleFilter;
import vn.toasoan.articles.ArticleStatus;
import vn.toasoan.articles.Articles;
import vn.toasoan.articles.Listing;
import vn.toasoan.articles.WorkingSummary;
import vn.toasoan.comments.CommentCounts;
import vn.toasoan.comments.Comments;
import vn.toasoan.newsroom.Desk;
import vn.toasoan.newsroom.NewsroomTime;
import vn.toasoan.newsroom.Text;
import vn.toasoan.newsroom.Views;
import vn.toasoan.sections.Section;
import vn.toasoan.sections.Sections;

/**
 * The newsroom's list of articles: when each was published, how many read it and how many commented; filtered by
 * status, section, author, words and a range of days, sorted by any of its times, its views or its title.
 */
@Controller
class ArticleListPage {

    static final int PAGE_SIZE = 30;

    /** The sort orders in the page's address, in Vietnamese as its other parameters are. */
    static final Map<String, ArticleFilter.Order> ORDERS = Map.of(
            "sua", ArticleFilter.Order.MODIFIED,
            "dang", ArticleFilter.Order.PUBLISHED,
            "xem", ArticleFilter.Order.VIEWS,
            "tieu-de", ArticleFilter.Order.TITLE);

    private final Desk desk;
    private final ArticleEditing editing;
    private final Articles articles;
    private final Comments comments;
    private final Sections sections;
    private final Accounts accounts;

    ArticleListPage(
            Desk desk,
            ArticleEditing editing,
            Articles articles,
            Comments comments,
            Sections sections,
            Accounts accounts) {
        this.desk = desk;
        this.editing = editing;
        this.articles = articles;
        this.comments = comments;
        this.sections = sections;
        this.accounts = accounts;
    }

    @GetMapping("/toa-soan/bai-viet")
    String list(
            @RequestParam(name = "trang-thai", required = false) String status,
            @RequestParam(name = "chuyen-muc", required = false) Long sectionId,
            @RequestParam(name = "tac-gia", required = false) Long authorId,
            @RequestParam(required = false) String q,
            @RequestParam(name = "theo", required = false) String dateField,
            @RequestParam(name = "tu", required = false) String from,
            @RequestParam(name = "den", required = false) String to,
            @RequestParam(name = "sap-xep", required = false) String sort,
            @RequestParam(name = "chieu", required = false) String direction,
            @RequestParam(defaultValue = "1") int trang,
            HttpServletRequest request,
            Model model) {
        Account account = desk.account();
        Text t = desk.text();
        ArticleStatus chosen = parseStatus(status);
        String sortKey = sort != null && ORDERS.containsKey(sort) ? sort : "sua";
        boolean ascending = "tang".equals(direction);
        boolean byPublished = "dang".equals(dateField);
        List<String> problems = new ArrayList<>();
        LocalDate fromDay = day(from, t, problems);
        LocalDate toDay = day(to, t, problems);
        var filter = new ArticleFilter(
                chosen,
                sectionId,
                authorId,
                q,
                byPublished ? ArticleFilter.DateField.PUBLISHED : ArticleFilter.DateField.MODIFIED,
                fromDay == null ? null : NewsroomTime.startOf(fromDay),
                toDay == null ? null : NewsroomTime.startOf(toDay.plusDays(1)),
                ORDERS.get(sortKey),
                ascending,
                trang,
                PAGE_SIZE);
        Listing<WorkingSummary> listing = editing.list(account, filter);
        Map<String, String> kept = new LinkedHashMap<>();
        keep(kept, "trang-thai", status);
        keep(kept, "chuyen-muc", sectionId == null ? null : sectionId.toString());
        keep(kept, "tac-gia", authorId == null ? null : authorId.toString());
        keep(kept, "q", q);
        keep(kept, "theo", byPublished ? "dang" : null);
        keep(kept, "tu", from);
        keep(kept, "den", to);
        Map<String, String> sorted = new LinkedHashMap<>(kept);
        keep(sorted, "sap-xep", sort == null ? null : sortKey);
        keep(sorted, "chieu", ascending ? "tang" : null);
        String base = "/toa-soan/bai-viet?" + query(sorted);
        model.addAttribute(
                "page",
                new ArticleViews.ArticleListView(
                        desk.layout(request, "nav.articles", "/toa-soan/bai-viet"),
                        q == null ? "" : q,
                        statuses(t, chosen),
                        sectionOptions(t, sectionId),
                        authors(t, account, authorId),
                        byPublished,
                        from == null ? "" : from.strip(),
                        to == null ? "" : to.strip(),
                        problems,
                        columns(t, kept, sortKey, ascending),
                        sortKey,
                        ascending ? "tang" : "giam",
                        rows(t, listing.items()),
                        new Views.Pagination(
                                listing.page(),
                                listing.pages(),
                                listing.total(),
                                listing.hasPrevious() ? base + "&trang=" + (listing.page() - 1) : null,
                                listing.hasNext() ? base + "&trang=" + (listing.page() + 1) : null)));
        return "newsroom/articles/list";
    }

    /** The rows, with every article's views and comments counted in one query each. */
    private List<ArticleViews.ListRow> rows(Text t, List<WorkingSummary> items) {
        List<Long> ids = items.stream().map(WorkingSummary::id).toList();
        Map<Long, Long> views = articles.views(ids);
        Map<Long, CommentCounts> counts = comments.counts(ids);
        Map<Long, Section> bySection = sections.byIds();
        return items.stream()
                .map(s -> {
                    Section section = bySection.get(s.sectionId());
                    CommentCounts c = counts.getOrDefault(s.id(), CommentCounts.NONE);
                    return new ArticleViews.ListRow(
                            s.id(),
                            s.title(),
                            t.lookup("status." + s.status().name()),
                            s.status().name().toLowerCase().replace('_', '-'),
                            section == null ? "" : section.name(),
                            s.authorName().isBlank() ? s.byline() : s.authorName(),
                            NewsroomTime.dateTime(s.publishedAt()),
                            NewsroomTime.dateTime(s.scheduledAt()),
                            NewsroomTime.dateTime(s.modifiedAt()),
                            s.modifiedBy(),
                            views.getOrDefault(s.id(), 0L),
                            c.approved(),
                            c.pending(),
                            "/toa-soan/bai-viet/" + s.id(),
                            s.status() == ArticleStatus.PUBLISHED ? s.url() : null);
                })
                .toList();
    }

    /**
     * The columns one can sort by, each with the address that sorts by it: the same column again reverses the order,
     * another starts with the most (newest, most read) first, or from A for titles.
     */
    private static List<ArticleViews.SortColumn> columns(
            Text t, Map<String, String> kept, String current, boolean ascending) {
        List<ArticleViews.SortColumn> columns = new ArrayList<>();
        for (String key : List.of("tieu-de", "dang", "xem", "sua")) {
            boolean active = key.equals(current);
            boolean nextAscending = active ? !ascending : key.equals("tieu-de");
            Map<String, String> params = new LinkedHashMap<>(kept);
            params.put("sap-xep", key);
            if (nextAscending) {
                params.put("chieu", "tang");
            } else {
                params.put("chieu", "giam");
            }
            columns.add(new ArticleViews.SortColumn(
                    key,
                    t.lookup("list.sort." + key),
                    "/toa-soan/bai-viet?" + query(params),
                    active ? (ascending ? "ascending" : "descending") : null));
        }
        return columns;
    }

    private static LocalDate day(String typed, Text t, List<String> problems) {
        if (NewsroomTime.unreadableDate(typed)) {
            problems.add(t.format("list.dateUnreadable", typed.strip()));
            return null;
        }
        return NewsroomTime.parseDate(typed).orElse(null);
    }

    private static List<Views.Option> statuses(Text t, ArticleStatus chosen) {
        List<Views.Option> statuses = new ArrayList<>();
        statuses.add(new Views.Option("", t.lookup("filter.anyStatus"), chosen == null));
        for (ArticleStatus s : ArticleStatus.values()) {
            statuses.add(new Views.Option(s.name(), t.lookup("status." + s.name()), s == chosen));
        }
        return statuses;
    }

    /** Only those who see everyone's articles choose among authors. */
    private List<Views.Option> authors(Text t, Account account, Long authorId) {
        List<Views.Option> authors = new ArrayList<>();
        if (account.role().edits()) {
            authors.add(new Views.Option("", t.lookup("filter.anyAuthor"), authorId == null));
            for (Account a : accounts.all()) {
                authors.add(new Views.Option(
                        String.valueOf(a.id()), a.displayName(), authorId != null && a.id() == authorId));
            }
        }
        return authors;
    }

    private List<Views.Option> sectionOptions(Text t, Long selected) {
        List<Views.Option> options = new ArrayList<>();
        options.add(new Views.Option("", t.lookup("filter.anySection"), selected == null));
        for (Section s : sections.all()) {
            options.add(new Views.Option(String.valueOf(s.id()), s.name(), selected != null && selected == s.id()));
        }
        return options;
    }

    private static ArticleStatus parseStatus(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return ArticleStatus.valueOf(status.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static void keep(Map<String, String> params, String name, String value) {
        if (value != null && !value.isBlank()) {
            params.put(name, value.strip());
        }
    }

    private static String query(Map<String, String> params) {
        List<String> parts = new ArrayList<>();
        params.forEach((name, value) -> parts.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return String.join("&", parts);
    }
}
