package vn.toasoan.site;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;
import tools.jackson.databind.json.JsonMapper;
import vn.toasoan.articles.Article;
import vn.toasoan.articles.ArticleNotFoundException;
import vn.toasoan.articles.Articles;
import vn.toasoan.articles.Figure;
import vn.toasoan.articles.Reader;
import vn.toasoan.comments.CommentThreads;
import vn.toasoan.platform.VietnamTime;
import vn.toasoan.sections.Section;
import vn.toasoan.sections.Sections;

/** The article page at its canonical address {@code /{slug}-{id}.html}. */
@Controller
class ArticlePage {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Articles articles;
    private final Sections sections;
    private final Chrome chrome;
    private final CommentThreads comments;
    /** The body laid out with its photos, and the page's metadata: work done once per version of an article. */
    private final Cache<String, Prepared> prepared =
            Caffeine.newBuilder().maximumSize(1_000).build();

    private record Prepared(ArticleBody body, PageMeta meta) {}

    ArticlePage(Articles articles, Sections sections, Chrome chrome, CommentThreads comments) {
        this.articles = articles;
        this.sections = sections;
        this.chrome = chrome;
        this.comments = comments;
    }

    @GetMapping("/{slug:[a-z0-9-]*}-{id:\\d+}.html")
    Object article(@PathVariable String slug, @PathVariable long id, HttpServletRequest request, Model model) {
        Article article = articles.findPublished(id).orElseThrow(() -> new ArticleNotFoundException(id));
        if (!article.slug().equals(slug)) {
            var redirect = new RedirectView(article.url());
            redirect.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
            return redirect;
        }
        articles.countView(id, Reader.of(request));
        long views = articles.views(id);
        Section section = sections.byId(article.sectionId());
        String url = chrome.absolute(article.url());
        var bySection = sections.byIds();
        Prepared page = prepared.get(
                article.id() + ":" + article.version() + ":" + article.updatedAt() + ":" + url,
                key -> new Prepared(ArticleBody.compose(article.body(), article.figures()), meta(article, url)));
        var view = new ArticleView(
                chrome.layout(page.meta(), section.slug()),
                article.id(),
                article.title(),
                section.name(),
                section.url(),
                VietnamTime.updated(article.updatedAt()),
                VietnamTime.iso(article.updatedAt()),
                article.sapo(),
                page.body().parts(),
                article.byline(),
                article.tags(),
                views,
                share(url, article.title()),
                FrontPage.cards(articles.related(article, 5), bySection),
                FrontPage.cards(articles.mostRead(FrontPage.MOST_READ_DAYS, 5), bySection),
                article.corrections(),
                comments.section(article.id(), article.url(), request));
        model.addAttribute("page", view);
        return new ModelAndView("articles/article", model.asMap());
    }

    private PageMeta meta(Article article, String url) {
        String description =
                article.seoDescription() != null && !article.seoDescription().isBlank()
                        ? article.seoDescription()
                        : article.sapo();
        String image = article.figures().stream()
                .map(Figure::image)
                .filter(java.util.Objects::nonNull)
                .findFirst()
                .map(i -> chrome.absolute(i.largestUrl()))
                .orElse(null);
        return new PageMeta(
                chrome.title(article.title()),
                article.title(),
                description,
                url,
                "article",
                image,
                jsonLd(article, url, image),
                false);
    }

    /** schema.org NewsArticle, which Google News reads. */
    private String jsonLd(Article article, String url, String image) {
        Map<String, Object> ld = new LinkedHashMap<>();
        ld.put("@context", "https://schema.org");
        ld.put("@type", "NewsArticle");
        ld.put("mainEntityOfPage", url);
        ld.put("headline", article.title());
        ld.put("description", article.sapo());
        if (image != null) {
            ld.put("image", List.of(image));
        }
        ld.put("datePublished", VietnamTime.iso(article.publishedAt()));
        ld.put("dateModified", VietnamTime.iso(article.updatedAt()));
        if (!article.byline().isBlank()) {
            ld.put("author", Map.of("@type", "Person", "name", article.byline()));
        }
        ld.put("publisher", Map.of("@type", "Organization", "name", chrome.siteName()));
        ld.put("articleBody", Jsoup.parseBodyFragment(article.body()).text());
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
