package vn.toasoan.newsroom.articles;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.toasoan.accounts.Account;
import vn.toasoan.accounts.Accounts;
import vn.toasoan.articles.ArticleEditing;
import vn.toasoan.articles.ArticleFilter;
import vn.toasoan.articles.ArticleStatus;
import vn.toasoan.articles.Listing;
import vn.toasoan.articles.WorkingSummary;
import vn.toasoan.newsroom.ArticleRows;
import vn.toasoan.newsroom.Desk;
import vn.toasoan.newsroom.Text;
import vn.toasoan.newsroom.Views;
import vn.toasoan.sections.Section;
import vn.toasoan.sections.Sections;

/** The newsroom's list of articles, filtered by status, section, author and words. */
@Controller
class ArticleListPage {

    static final int PAGE_SIZE = 30;

    private final Desk desk;
    private final ArticleEditing editing;
    private final Sections sections;
    private final Accounts accounts;

    ArticleListPage(Desk desk, ArticleEditing editing, Sections sections, Accounts accounts) {
        this.desk = desk;
        this.editing = editing;
        this.sections = sections;
        this.accounts = accounts;
    }

    @GetMapping("/toa-soan/bai-viet")
    String list(
            @RequestParam(name = "trang-thai", required = false) String status,
            @RequestParam(name = "chuyen-muc", required = false) Long sectionId,
            @RequestParam(name = "tac-gia", required = false) Long authorId,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "1") int trang,
            HttpServletRequest request,
            Model model) {
        Account account = desk.account();
        Text t = desk.text();
        ArticleStatus chosen = parseStatus(status);
        Listing<WorkingSummary> listing =
                editing.list(account, new ArticleFilter(chosen, sectionId, authorId, q, trang, PAGE_SIZE));
        String base = "/toa-soan/bai-viet?" + query(status, sectionId, authorId, q);
        model.addAttribute(
                "page",
                new ArticleViews.ArticleListView(
                        desk.layout(request, "nav.articles", "/toa-soan/bai-viet"),
                        q == null ? "" : q,
                        statuses(t, chosen),
                        sectionOptions(t, sectionId),
                        authors(t, account, authorId),
                        new ArticleRows(sections, t).of(listing.items()),
                        new Views.Pagination(
                                listing.page(),
                                listing.pages(),
                                listing.total(),
                                listing.hasPrevious() ? base + "&trang=" + (listing.page() - 1) : null,
                                listing.hasNext() ? base + "&trang=" + (listing.page() + 1) : null)));
        return "newsroom/articles/list";
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

    private static String query(String status, Long sectionId, Long authorId, String q) {
        var query = new StringBuilder();
        if (status != null && !status.isBlank()) {
            query.append("trang-thai=").append(enc(status)).append('&');
        }
        if (sectionId != null) {
            query.append("chuyen-muc=").append(sectionId).append('&');
        }
        if (authorId != null) {
            query.append("tac-gia=").append(authorId).append('&');
        }
        if (q != null && !q.isBlank()) {
            query.append("q=").append(enc(q)).append('&');
        }
        return query.isEmpty() ? "" : query.substring(0, query.length() - 1);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
