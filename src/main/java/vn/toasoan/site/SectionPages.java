package vn.toasoan.site;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.toasoan.articles.ArticleSummary;
import vn.toasoan.articles.Articles;
import vn.toasoan.articles.Listing;
import vn.toasoan.articles.Tag;
import vn.toasoan.sections.Section;
import vn.toasoan.sections.SectionNotFoundException;
import vn.toasoan.sections.Sections;

/** A section's articles, newest first, a page at a time; and the same for a tag. */
@Controller
class SectionPages {

    static final int PAGE_SIZE = 12;

    private final Articles articles;
    private final Sections sections;
    private final Chrome chrome;

    SectionPages(Articles articles, Sections sections, Chrome chrome) {
        this.articles = articles;
        this.sections = sections;
        this.chrome = chrome;
    }

    @GetMapping("/{sectionSlug:[a-z0-9-]+}")
    String section(@PathVariable String sectionSlug, @RequestParam(defaultValue = "1") int trang, Model model) {
        Section section = sections.bySlug(sectionSlug).orElseThrow(() -> new SectionNotFoundException(sectionSlug));
        Listing<ArticleSummary> listing = existing(articles.inSection(section.id(), trang, PAGE_SIZE), trang);
        String title = trang > 1
                ? chrome.localizer().format("site.pageOf", section.name(), String.valueOf(trang))
                : section.name();
        var meta = PageMeta.of(
                chrome.title(title),
                section.name() + " - " + chrome.siteName(),
                chrome.absolute(Pagination.pageUrl(section.url(), listing.page())));
        model.addAttribute("page", page(meta, section.slug(), section.name(), listing, section.url()));
        return "sections/section";
    }

    @GetMapping("/the/{tagSlug:[a-z0-9-]+}")
    String tag(@PathVariable String tagSlug, @RequestParam(defaultValue = "1") int trang, Model model) {
        Tag tag = articles.tag(tagSlug).orElseThrow(PageNotFoundException::new);
        Listing<ArticleSummary> listing = existing(articles.withTag(tag.slug(), trang, PAGE_SIZE), trang);
        var meta = PageMeta.of(
                chrome.title(tag.name()), tag.name(), chrome.absolute(Pagination.pageUrl(tag.url(), listing.page())));
        model.addAttribute(
                "page", page(meta, null, chrome.localizer().format("site.tagHeading", tag.name()), listing, tag.url()));
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
            PageMeta meta, String activeSection, String heading, Listing<ArticleSummary> listing, String basePath) {
        var bySection = sections.byIds();
        return new ListingPage(
                chrome.layout(meta, activeSection),
                heading,
                FrontPage.cards(listing.items(), bySection),
                Pagination.of(listing, basePath),
                FrontPage.cards(articles.mostRead(FrontPage.MOST_READ_DAYS, 5), bySection));
    }
}
