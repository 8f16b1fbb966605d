package vn.toasoan.site;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import vn.toasoan.articles.Article;
import vn.toasoan.articles.ArticleSummary;
import vn.toasoan.articles.Articles;
import vn.toasoan.comments.CommentThreads;
import vn.toasoan.platform.VietnamTime;
import vn.toasoan.sections.Section;
import vn.toasoan.sections.Sections;

/**
 * The article page's view of an article: for readers, and the same for a preview, so that a preview shows exactly what
 * readers will see. "Tin liên quan" and "Đọc nhiều" leave out the article being read, and each other.
 */
@Component
class ArticleRendering {

    static final int RELATED = 5;
    static final int MOST_READ = 5;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Articles articles;
    private final Sections sections;
    private final Chrome chrome;
    private final CommentThreads comments;
    private final Clock clock;
    /** The body laid out with its photos, and the page's metadata: work done once per version of an article. */
    private final Cache<String, Prepared> prepared =
            Caffeine.newBuilder().maximumSize(1_000).build();

    private record Prepared(ArticleBody body, PageMeta meta) {}

    ArticleRendering(Articles articles, Sections sections, Chrome chrome, CommentThreads comments, Clock clock) {
        this.articles = articles;
        this.sections = sections;
        this.chrome = chrome;
        this.comments = comments;
        this.clock = clock;
    }

    /** How many of its photos offer WebP: a photo's WebP copies may arrive after the article's last change. */
    private static long withWebp(Article article) {
        return article.figures().stream()
                .filter(figure -> figure.image() != null && figure.image().hasWebp())
                .count();
    }

    /**
     * @param views the count to show
     * @param preview the banner of a preview, or null on the reader's page
     */
    ArticleView view(Article article, HttpServletRequest request, long views, ArticleView.Preview preview) {
        Section section = sections.byId(article.sectionId());
        String url = chrome.absolute(article.url());
        var bySection = sections.byIds();
        // an article not yet published shows the time it is previewed, as it will show the time it goes out
        Instant updated = article.updatedAt() != null ? article.updatedAt() : clock.instant();
        Prepared page = prepared.get(
                article.id() + ":" + article.version() + ":" + article.updatedAt() + ":" + url + ":" + (preview != null)
                        + ":" + withWebp(article),
                key -> {
                    ArticleBody body = ArticleBody.compose(article.body(), article.figures());
                    return new Prepared(body, meta(article, body.text(), url, updated, preview != null));
                });
        Shown shown = Shown.only(article.id());
        List<ArticleSummary> related = shown.take(articles.related(article, RELATED), RELATED);
        List<ArticleSummary> mostRead =
                shown.take(articles.mostRead(FrontPage.MOST_READ_DAYS, Newest.DEPTH), MOST_READ);
        return new ArticleView(
                chrome.layout(page.meta(), section.slug()),
                article.id(),
                article.title(),
                section.name(),
                section.url(),
                VietnamTime.updated(updated),
                VietnamTime.iso(updated),
                article.sapo(),
                page.body().parts(),
                article.byline(),
                article.tags(),
                views,
                share(url, article.title()),
                FrontPage.cards(related, bySection),
                FrontPage.cards(mostRead, bySection),
                article.corrections(),
                comments.section(article.id(), article.url(), request),
                preview);
    }

    private PageMeta meta(Article article, String text, String url, Instant updated, boolean preview) {
        String description =
                article.seoDescription() != null && !article.seoDescription().isBlank()
                        ? article.seoDescription()
                        : article.sapo();
        String image = article.leadFigure()
                .map(f -> chrome.absolute(f.image().largestUrl()))
                .orElse(null);
        return new PageMeta(
                chrome.title(article.title()),
                article.title(),
                description,
                url,
                "article",
                image,
                jsonLd(article, text, url, image, updated),
                preview);
    }

    /** schema.org NewsArticle, which Google News reads. */
    private String jsonLd(Article article, String text, String url, String image, Instant updated) {
        Map<String, Object> ld = new LinkedHashMap<>();
        ld.put("@context", "https://schema.org");
        ld.put("@type", "NewsArticle");
        ld.put("mainEntityOfPage", url);
        ld.put("headline", article.title());
        ld.put("description", article.sapo());
        if (image != null) {
            ld.put("image", List.of(image));
        }
        ld.put("datePublished", VietnamTime.iso(article.publishedAt() != null ? article.publishedAt() : updated));
        ld.put("dateModified", VietnamTime.iso(updated));
        if (!article.byline().isBlank()) {
            ld.put("author", Map.of("@type", "Person", "name", article.byline()));
        }
        ld.put("publisher", Map.of("@type", "Organization", "name", chrome.siteName()));
        ld.put("articleBody", text);
        ld.put("inLanguage", "vi");
        // "<" never ends up in the script element, so "</script>" in a title cannot close it
        return JSON.writeValueAsString(ld).replace("<", "\\u003c");
    }

    private static ArticleView.Share share(String url, String title) {
        String u = URLEncoder.encode(url, StandardCharsets.UTF_8);
        return new ArticleView.Share(
                url,
                "https://www.facebook.com/sharer/sharer.php?u=" + u,
                "https://sp.zalo.me/share?url=" + u,
                "mailto:?subject="
                        + URLEncoder.encode(title, StandardCharsets.UTF_8).replace("+", "%20") + "&body=" + u);
    }
}
