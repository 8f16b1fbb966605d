package vn.toasoan.site;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;
import vn.toasoan.articles.Article;
import vn.toasoan.articles.Articles;
import vn.toasoan.articles.PreviewLinkException;
import vn.toasoan.articles.PreviewLinks;
import vn.toasoan.articles.WorkingArticle;
import vn.toasoan.platform.VietnamTime;

/**
 * An article at any status as its page will show it to readers, under a "Bản xem trước" banner: in the newsroom for
 * its author and editors (shown in a frame at a phone's and a desktop's width), and through a signed link for someone
 * without an account until the link expires. Previews are never indexed, never stored by a browser or a proxy, and
 * never counted as views.
 */
@Controller
class PreviewPages {

    /** The newsroom's own policy, except that the newsroom may show the page in a frame. */
    private static final String FRAMED_CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
            + " img-src 'self' data: blob:; object-src 'none'; base-uri 'self'; frame-ancestors 'self';"
            + " form-action 'self'";

    private final PreviewLinks previews;
    private final Articles articles;
    private final ArticleRendering rendering;
    private final ErrorPages errors;
    private final Chrome chrome;

    PreviewPages(
            PreviewLinks previews, Articles articles, ArticleRendering rendering, ErrorPages errors, Chrome chrome) {
        this.previews = previews;
        this.articles = articles;
        this.rendering = rendering;
        this.errors = errors;
        this.chrome = chrome;
    }

    @GetMapping("/toa-soan/bai-viet/{id}/xem-truoc/trang")
    ModelAndView inNewsroom(@PathVariable long id, HttpServletRequest request, HttpServletResponse response) {
        WorkingArticle article = previews.forCurrentAccount(id);
        unlisted(response);
        response.setHeader("Content-Security-Policy", FRAMED_CSP);
        var t = chrome.localizer();
        String note = t.format(
                "preview.note", t.lookup("articles.status." + article.status().name()));
        return page(article.article(), request, note);
    }

    @GetMapping(PreviewLinks.PATH + "{token}")
    ModelAndView byLink(@PathVariable String token, HttpServletRequest request, HttpServletResponse response) {
        unlisted(response);
        // the token is the key to the page: it must not follow a reader to the sites the page links to
        response.setHeader("Referrer-Policy", "no-referrer");
        Article article = previews.open(token);
        String note = chrome.localizer().format("preview.linkNote", VietnamTime.shortDateTime(previews.expiry(token)));
        return page(article, request, note);
    }

    private ModelAndView page(Article article, HttpServletRequest request, String note) {
        ArticleView view =
                rendering.view(article, request, articles.views(article.id()), new ArticleView.Preview(note));
        return new ModelAndView("articles/article", Map.of("page", view));
    }

    /** A link that no longer opens says so in words, in the reader's language. */
    @ExceptionHandler(PreviewLinkException.class)
    ModelAndView refused(PreviewLinkException e, HttpServletResponse response) {
        unlisted(response);
        response.setHeader("Referrer-Policy", "no-referrer");
        var t = chrome.localizer();
        String kind = e.status().value() == 410 ? "expired" : "unknown";
        return errors.page(e.status(), t.lookup("preview." + kind + ".heading"), t.lookup(e));
    }

    private static void unlisted(HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Robots-Tag", "noindex, nofollow");
    }
}
