package vn.toasoan.site;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
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
import vn.toasoan.platform.SiteChanged;
import vn.toasoan.sections.Section;
import vn.toasoan.sections.Sections;

/** The home page: the lead story, the latest news, a block per section, "Đọc nhiều". */
@Controller
class FrontPage {

    static final int MOST_READ_DAYS = 7;

    private final Articles articles;
    private final Sections sections;
    private final Chrome chrome;

    /**
     * The home page is the busiest page and its lists come from a dozen queries; a publish clears it at once, and
     * otherwise a reader does not notice a few seconds.
     */
    private final Cache<String, Content> content =
            Caffeine.newBuilder().expireAfterWrite(Duration.ofSeconds(10)).build();

    FrontPage(Articles articles, Sections sections, Chrome chrome) {
        this.articles = articles;
        this.sections = sections;
        this.chrome = chrome;
    }

    private record Content(
            ArticleCard lead,
            List<ArticleCard> latest,
            List<HomePage.SectionBlock> blocks,
            List<ArticleCard> mostRead) {}

    @GetMapping("/")
    String home(Model model) {
        Content home = content.get("home", key -> load());
        var meta = PageMeta.of(
                chrome.siteName() + " - " + chrome.siteDescription(), chrome.siteDescription(), chrome.absolute("/"));
        model.addAttribute(
                "page",
                new HomePage(chrome.layout(meta, null), home.lead(), home.latest(), home.blocks(), home.mostRead()));
        return "site/home";
    }

    private Content load() {
        Map<Long, Section> bySection = sections.byIds();
        List<ArticleCard> latest = cards(articles.latest(9), bySection);
        List<HomePage.SectionBlock> blocks = new ArrayList<>();
        for (Section section : sections.all()) {
            List<ArticleCard> inSection = cards(articles.latestInSection(section.id(), 4), bySection);
            if (!inSection.isEmpty()) {
                blocks.add(new HomePage.SectionBlock(section, inSection));
            }
        }
        return new Content(
                latest.isEmpty() ? null : latest.get(0),
                latest.isEmpty() ? List.of() : latest.subList(1, latest.size()),
                blocks,
                cards(articles.mostRead(MOST_READ_DAYS, 6), bySection));
    }

    @TransactionalEventListener(
            classes = {ArticlePublished.class, ArticleChanged.class},
            fallbackExecution = true)
    void forget() {
        content.invalidateAll();
    }

    /** A change made on any node, this one included. */
    @EventListener
    void on(SiteChanged change) {
        if (change.kind() == SiteChanged.Kind.ARTICLE || change.kind() == SiteChanged.Kind.SECTIONS) {
            content.invalidateAll();
        }
    }

    static List<ArticleCard> cards(List<ArticleSummary> summaries, Map<Long, Section> sections) {
        return summaries.stream().map(s -> ArticleCard.of(s, sections)).toList();
    }
}
