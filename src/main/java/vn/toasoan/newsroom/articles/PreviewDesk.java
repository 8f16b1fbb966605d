package vn.toasoan.newsroom.articles;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import vn.toasoan.articles.ArticleInvalidException;
import vn.toasoan.articles.PreviewLinks;
import vn.toasoan.articles.WorkingArticle;
import vn.toasoan.newsroom.Desk;
import vn.toasoan.newsroom.NewsroomTime;
import vn.toasoan.newsroom.Text;
import vn.toasoan.newsroom.Views;

/**
 * "Xem trước": the article as its page will show it to readers, in a frame at a phone's width or a desktop's, for its
 * author and editors; and links to the same page for someone without an account, which expire.
 */
@Controller
class PreviewDesk {

    /** How long a link handed out from the newsroom opens, in hours. */
    static final List<Integer> LIFETIMES = List.of(1, 24, 72, 168, 720);

    static final String LINK = "previewLink";
    static final String LINK_EXPIRY = "previewLinkExpiry";

    private final Desk desk;
    private final PreviewLinks previews;
    private final Clock clock;
    private final String baseUrl;

    PreviewDesk(Desk desk, PreviewLinks previews, Clock clock, @Value("${toasoan.site.base-url:}") String baseUrl) {
        this.desk = desk;
        this.previews = previews;
        this.clock = clock;
        this.baseUrl = baseUrl;
    }

    @GetMapping("/toa-soan/bai-viet/{id}/xem-truoc")
    String preview(@PathVariable long id, HttpServletRequest request, Model model) {
        WorkingArticle article = previews.forCurrentAccount(id);
        Text t = desk.text();
        var flash = RequestContextUtils.getInputFlashMap(request);
        String link = flash == null ? null : (String) flash.get(LINK);
        String expiry = flash == null ? null : (String) flash.get(LINK_EXPIRY);
        model.addAttribute(
                "page",
                new ArticleViews.PreviewView(
                        desk.layout(
                                request,
                                t.format("preview.title", article.article().title()),
                                "/toa-soan/bai-viet"),
                        id,
                        article.article().title(),
                        t.lookup("status." + article.status().name()),
                        article.status().name().toLowerCase().replace('_', '-'),
                        "/toa-soan/bai-viet/" + id + "/xem-truoc/trang",
                        LIFETIMES.stream()
                                .map(hours -> new Views.Option(String.valueOf(hours), lifetime(t, hours), hours == 72))
                                .toList(),
                        link,
                        expiry));
        return "newsroom/articles/preview";
    }

    @PostMapping("/toa-soan/bai-viet/{id}/xem-truoc/lien-ket")
    String link(@PathVariable long id, @RequestParam(defaultValue = "72") int hours, RedirectAttributes redirect) {
        Text t = desk.text();
        int lifetime = LIFETIMES.contains(hours) ? hours : 72;
        try {
            PreviewLinks.PreviewLink link =
                    previews.issue(desk.account(), id, clock.instant().plus(Duration.ofHours(lifetime)));
            redirect.addFlashAttribute(LINK, absolute(link.path()));
            redirect.addFlashAttribute(LINK_EXPIRY, NewsroomTime.dateTime(link.expiresAt()));
            redirect.addFlashAttribute("notice", t.format("preview.linkMade", NewsroomTime.dateTime(link.expiresAt())));
        } catch (ArticleInvalidException e) {
            redirect.addFlashAttribute("error", t.lookup(e));
        }
        return "redirect:/toa-soan/bai-viet/" + id + "/xem-truoc#lien-ket";
    }

    private static String lifetime(Text t, int hours) {
        return hours < 24 ? t.format("preview.hours", hours) : t.format("preview.days", hours / 24);
    }

    private String absolute(String path) {
        String base = baseUrl.isBlank()
                ? ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString()
                : baseUrl;
        return base.replaceAll("/+$", "") + path;
    }
}
