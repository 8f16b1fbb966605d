package vn.toasoan.site;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;
import vn.toasoan.articles.Article;
import vn.toasoan.articles.ArticleNotFoundException;
import vn.toasoan.articles.Articles;

/** The article page at its canonical address {@code /{slug}-{id}.html}. */
@Controller
class ArticlePage {

    private final Articles articles;
    private final ArticleRendering rendering;

    ArticlePage(Articles articles, ArticleRendering rendering) {
        this.articles = articles;
        this.rendering = rendering;
    }

    @GetMapping("/{slug:[a-z0-9-]*}-{id:\\d+}.html")
    Object article(@PathVariable String slug, @PathVariable long id, HttpServletRequest request, Model model) {
        Article article = articles.findPublished(id).orElseThrow(() -> new ArticleNotFoundException(id));
        if (!article.slug().equals(slug)) {
            var redirect = new RedirectView(article.url());
            redirect.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
            return redirect;
        }
        // the page is the same for every reader and may be kept anywhere: the view beacon counts the reader
        ArticleView page = rendering.view(article, request, articles.views(id), null);
        var dependsOn = RenderedPages.listings(page.related(), RenderedPages.article(id));
        dependsOn.addAll(RenderedPages.listings(page.mostRead()));
        RenderedPages.dependsOn(request, dependsOn);
        model.addAttribute("page", page);
        return new ModelAndView("articles/article", model.asMap());
    }
}
