package vn.toasoan.site;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.toasoan.articles.ArticleChanged;
import vn.toasoan.articles.ArticlePublished;
import vn.toasoan.articles.ArticleSummary;
import vn.toasoan.articles.Articles;
import vn.toasoan.frontpage.FrontPageChanged;
import vn.toasoan.frontpage.FrontPages;
import vn.toasoan.frontpage.Placed;
import vn.toasoan.platform.SiteChanged;
import vn.toasoan.sections.Section;
import vn.toasoan.sections.Sections;

/**
 * The home page: the lead and featured stories (editors' choice, or the newest), "Mới nhất" beside them, then a row
 * per section with "Đọc nhiều" and the section's other news beside it. No story appears twice.
 */
@Controller
class FrontPage {

    static final int MOST_READ_DAYS = 7;
    static final int MOST_READ_MIN = 4;
    static final int MOST_READ_MAX = 8;
    static final int SECTION_BLOCK = 4;
    static final int SECTION_MORE = 6;
    /** Fewer of a section's further titles than this leave a gap beside its block: they join the block instead. */
    static final int SECTION_MORE_MIN = 3;

    private final Articles articles;
    private final Sections sections;
    private final FrontPages frontPages;
    private final Newest newest;
    private final Chrome chrome;
    private final Clock clock;

    /**
     * The home page is the busiest page and its lists come from a dozen queries; a publish or a change of what editors
     * placed clears it at once, and otherwise a reader does not notice a few seconds.
     */
    private final Cache<String, Content> content =
            Caffeine.newBuilder().expireAfterWrite(Duration.ofSeconds(10)).build();

    FrontPage(Articles articles, Sections sections, FrontPages frontPages, Newest newest, Chrome chrome, Clock clock) {
        this.articles = articles;
        this.sections = sections;
        this.frontPages = frontPages;
        this.newest = newest;
        this.chrome = chrome;
        this.clock = clock;
    }

    /** @param validUntil when what editors placed expires, or null */
    private record Content(
            ArticleCard lead,
            List<ArticleCard> featured,
            List<ArticleCard> latest,
            List<HomePage.Row> rows,
            Instant validUntil) {}

    @GetMapping("/")
    String home(HttpServletRequest request, Model model) {
        Content home = content.get("home", key -> load());
        if (home.validUntil() != null && !clock.instant().isBefore(home.validUntil())) {
            content.invalidateAll();
            home = content.get("home", key -> load());
        }
        var meta = PageMeta.of(
                chrome.siteName() + " - " + chrome.siteDescription(), chrome.siteDescription(), chrome.absolute("/"));
        var page = new HomePage(chrome.layout(meta, null), home.lead(), home.featured(), home.latest(), home.rows());
        RenderedPages.dependsOn(request, RenderedPages.listings(page.cards(), RenderedPages.HOME));
        model.addAttribute("page", page);
        return "site/home";
    }

    private Content load() {
        Map<Long, Section> bySection = sections.byIds();
        Placed placed = frontPages.placed(null);
        Shown shown = Shown.nothing();
        Top top = Top.of(placed, newest.all(), shown);
        List<ArticleSummary> latest = shown.take(newest.all(), latestRoom(top));
        // "Đọc nhiều" comes before the sections' blocks: as many as stand beside the first block, once it is known
        List<ArticleSummary> mostRead = shown.take(articles.mostRead(MOST_READ_DAYS, Newest.DEPTH), MOST_READ_MAX);
        List<HomePage.Row> rows = new ArrayList<>();
        for (Section section : sections.all()) {
            List<ArticleSummary> inSection = newest.inSection(section.id());
            List<ArticleSummary> block = shown.take(inSection, SECTION_BLOCK);
            if (block.isEmpty()) {
                continue;
            }
            int height = ColumnFit.block(block);
            boolean first = rows.isEmpty() && !mostRead.isEmpty();
            List<ArticleSummary> beside;
            if (first) {
                int fits = Math.min(
                        mostRead.size(), ColumnFit.cards(height, ColumnFit.RANKED_TITLE, MOST_READ_MIN, MOST_READ_MAX));
                shown.release(mostRead.subList(fits, mostRead.size()));
                beside = mostRead.subList(0, fits);
            } else {
                beside = shown.take(inSection, ColumnFit.cards(height, ColumnFit.SECTION_TITLE, 0, SECTION_MORE));
                if (beside.size() < SECTION_MORE_MIN) {
                    // too few to stand beside the block: they join it, and the block takes the whole width
                    block = new ArrayList<>(block);
                    block.addAll(beside);
                    beside = List.of();
                }
            }
            rows.add(new HomePage.Row(
                    new HomePage.SectionBlock(section, cards(block, bySection)),
                    new HomePage.Aside(first ? null : section, cards(beside, bySection))));
        }
        return new Content(
                top.lead() == null ? null : ArticleCard.of(top.lead(), bySection),
                cards(top.featured(), bySection),
                cards(latest, bySection),
                rows,
                placed.expiresAt());
    }

    /** As many of the latest articles as stand beside the lead and featured stories without overshooting them. */
    static int latestRoom(Top top) {
        return ColumnFit.cards(ColumnFit.top(top), ColumnFit.SIDE_CARD, 4, 10);
    }

    @TransactionalEventListener(
            classes = {ArticlePublished.class, ArticleChanged.class, FrontPageChanged.class},
            fallbackExecution = true)
    void forget() {
        content.invalidateAll();
    }

    /** A change made on any node, this one included. */
    @EventListener
    void on(SiteChanged change) {
        if (change.kind() == SiteChanged.Kind.ARTICLE
                || change.kind() == SiteChanged.Kind.SECTIONS
                || change.kind() == SiteChanged.Kind.FRONT_PAGE) {
            content.invalidateAll();
        }
    }

    static List<ArticleCard> cards(List<ArticleSummary> summaries, Map<Long, Section> sections) {
        return summaries.stream().map(s -> ArticleCard.of(s, sections)).toList();
    }
}
