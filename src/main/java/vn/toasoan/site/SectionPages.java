package vn.toasoan.site;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.toasoan.articles.ArticleSummary;
import vn.toasoan.articles.Articles;
import vn.toasoan.articles.Listing;
import vn.toasoan.articles.Tag;
import vn.toasoan.frontpage.FrontPages;
import vn.toasoan.sections.Section;
import vn.toasoan.sections.SectionNotFoundException;
import vn.toasoan.sections.Sections;

/**
 * A section's articles, newest first, a page at a time, under its lead and featured stories; and the same for a tag.
 * No story appears twice on one page.
 */
@Controller
class SectionPages {

    static final int PAGE_SIZE = 12;
    static final int MOST_READ = 5;
    /** The lead and featured stories at the top of a section's first page. */
    static final int TOP = 1 + FrontPages.FEATURED_SLOTS;

    private final Articles articles;
    private final Sections sections;
    private final FrontPages frontPages;
    private final Newest newest;
    private final Chrome chrome;

    SectionPages(Articles articles, Sections sections, FrontPages frontPages, Newest newest, Chrome chrome) {
        this.articles = articles;
        this.sections = sections;
        this.frontPages = frontPages;
        this.newest = newest;
        this.chrome = chrome;
    }

    /**
     * The first page holds the lead and featured stories and the {@value #PAGE_SIZE} articles after them; the later
     * pages go on from there, so that no article is skipped between two pages.
     */
    @GetMapping("/{sectionSlug:[a-z0-9-]+}")
    String section(
            @PathVariable String sectionSlug,
            @RequestParam(defaultValue = "1") int trang,
            HttpServletRequest request,
            Model model) {
        Section section = sections.bySlug(sectionSlug).orElseThrow(() -> new SectionNotFoundException(sectionSlug));
        int page = Math.max(1, trang);
        long total = newest.countInSection(section.id());
        // counted as if the top of the first page were not there: one page per PAGE_SIZE after it
        var listing = new Listing<ArticleSummary>(List.of(), Math.max(0, total - TOP), page, PAGE_SIZE);
        existing(listing, trang);
        String title = page > 1
                ? chrome.localizer().format("site.pageOf", section.name(), String.valueOf(page))
                : section.name();
        var meta = PageMeta.of(
                chrome.title(title),
                section.name() + " - " + chrome.siteName(),
                chrome.absolute(Pagination.pageUrl(section.url(), page)));
        Shown shown = Shown.nothing();
        Top top = new Top(null, List.of());
        List<ArticleSummary> items;
        if (page == 1) {
            List<ArticleSummary> newestHere = newest.inSection(section.id());
            top = Top.of(frontPages.placed(section.id()), newestHere, shown);
            // the newest articles down to where the second page begins, less those at the top
            List<ArticleSummary> window = newestHere.subList(0, Math.min(newestHere.size(), TOP + PAGE_SIZE));
            items = shown.take(window, window.size());
        } else {
            items = shown.take(
                    articles.inSection(section.id(), (long) (page - 1) * PAGE_SIZE + TOP, PAGE_SIZE, total), PAGE_SIZE);
        }
        ListingPage shownPage = page(meta, section, section.name(), top, items, listing, section.url(), shown);
        RenderedPages.dependsOn(
                request, RenderedPages.listings(shownPage.cards(), RenderedPages.section(section.id())));
        model.addAttribute("page", shownPage);
        return "sections/section";
    }

    @GetMapping("/the/{tagSlug:[a-z0-9-]+}")
    String tag(
            @PathVariable String tagSlug,
            @RequestParam(defaultValue = "1") int trang,
            HttpServletRequest request,
            Model model) {
        Tag tag = articles.tag(tagSlug).orElseThrow(PageNotFoundException::new);
        int page = Math.max(1, trang);
        long count = newest.countWithTag(tag.slug());
        existing(new Listing<ArticleSummary>(List.of(), count, page, PAGE_SIZE), trang);
        var listing = new Listing<>(
                articles.withTag(tag.slug(), (long) (page - 1) * PAGE_SIZE, PAGE_SIZE, count), count, page, PAGE_SIZE);
        var meta = PageMeta.of(
                chrome.title(tag.name()), tag.name(), chrome.absolute(Pagination.pageUrl(tag.url(), listing.page())));
        Shown shown = Shown.nothing();
        List<ArticleSummary> items = shown.take(listing.items(), PAGE_SIZE);
        ListingPage shownPage = page(
                meta,
                null,
                chrome.localizer().format("site.tagHeading", tag.name()),
                new Top(null, List.of()),
                items,
                listing,
                tag.url(),
                shown);
        RenderedPages.dependsOn(request, RenderedPages.listings(shownPage.cards(), RenderedPages.tag(tag.slug())));
        model.addAttribute("page", shownPage);
        return "sections/section";
    }

    /** A page past the last one does not exist; an empty list still has its first page. */
    private static Listing<ArticleSummary> existing(Listing<ArticleSummary> listing, int requestedPage) {
        if (requestedPage > listing.pages()) {
            throw new PageNotFoundException();
        }
        return listing;
    }

    private ListingPage page(
            PageMeta meta,
            Section active,
            String heading,
            Top top,
            List<ArticleSummary> items,
            Listing<ArticleSummary> listing,
            String basePath,
            Shown shown) {
        var bySection = sections.byIds();
        List<ArticleSummary> mostRead =
                shown.take(articles.mostRead(FrontPage.MOST_READ_DAYS, Newest.DEPTH), MOST_READ);
        List<ArticleSummary> latest = new ArrayList<>();
        List<ListingPage.SideList> latestBySection = new ArrayList<>();
        latest(active, top, items, mostRead.size(), shown, latest, latestBySection);
        return new ListingPage(
                chrome.layout(meta, active == null ? null : active.slug()),
                heading,
                top.lead() == null ? null : ArticleCard.of(top.lead(), bySection),
                FrontPage.cards(top.featured(), bySection),
                FrontPage.cards(items, bySection),
                Pagination.of(listing, basePath),
                FrontPage.cards(mostRead, bySection),
                FrontPage.cards(latest, bySection),
                latestBySection);
    }

    /**
     * Under "Đọc nhiều", the latest news of the paper, as far down as the page's own list goes: a list of its own, or
     * when the page is long enough, a few titles of each other section.
     */
    private void latest(
            Section active,
            Top top,
            List<ArticleSummary> items,
            int mostRead,
            Shown shown,
            List<ArticleSummary> latest,
            List<ListingPage.SideList> bySections) {
        var bySection = sections.byIds();
        List<Section> others = sections.all().stream()
                .filter(s -> active == null || s.id() != active.id())
                .toList();
        ColumnFit.Side side = ColumnFit.side(ColumnFit.top(top) + ColumnFit.listed(items), mostRead, others.size());
        latest.addAll(shown.take(newest.all(), side.latest()));
        if (side.perSection() == 0) {
            return;
        }
        for (Section section : others) {
            List<ArticleSummary> titles = shown.take(newest.inSection(section.id()), side.perSection());
            if (!titles.isEmpty()) {
                bySections.add(new ListingPage.SideList(section, FrontPage.cards(titles, bySection)));
            }
        }
    }
}
