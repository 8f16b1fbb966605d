package vn.toasoan.newsroom.comments;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriComponentsBuilder;
import vn.toasoan.articles.Article;
import vn.toasoan.articles.Articles;
import vn.toasoan.comments.Comment;
import vn.toasoan.comments.CommentFlag;
import vn.toasoan.comments.CommentNotFoundException;
import vn.toasoan.comments.CommentQuery;
import vn.toasoan.comments.CommentStatus;
import vn.toasoan.comments.Comments;
import vn.toasoan.newsroom.Text;
import vn.toasoan.platform.ControlCharacters;
import vn.toasoan.platform.VietnamTime;

/**
 * "Duyệt bình luận": the queue at {@code /toa-soan/binh-luan}, pending first, oldest first, and one comment with its
 * edits and history; {@link ModerationActions} acts on them.
 */
@Controller
@PreAuthorize("hasAnyRole('EDITOR','ADMIN')")
class ModerationQueue {

    static final String BASE = "/toa-soan/binh-luan";
    private static final int REASONS = 7;

    private final Comments comments;
    private final CommentAudit audit;
    private final Articles articles;
    private final ModerationFrames frames;

    ModerationQueue(Comments comments, CommentAudit audit, Articles articles, ModerationFrames frames) {
        this.comments = comments;
        this.audit = audit;
        this.articles = articles;
        this.frames = frames;
    }

    @GetMapping(BASE)
    ModelAndView queue(
            @RequestParam(name = "trang-thai", defaultValue = "PENDING") String status,
            @RequestParam(name = "bai", required = false) String article,
            @RequestParam(name = "co", required = false) String flag,
            @RequestParam(name = "q", required = false) String text,
            @RequestParam(name = "trang", defaultValue = "1") int page,
            Authentication user,
            jakarta.servlet.http.HttpServletRequest request) {
        Text t = frames.text();
        CommentStatus wanted = parse(CommentStatus.class, status);
        CommentFlag wantedFlag = parse(CommentFlag.class, flag);
        Long articleId = parseLong(article);
        var result = comments.queue(new CommentQuery(wanted, articleId, wantedFlag, text), page);
        var base = UriComponentsBuilder.fromPath(BASE).queryParam("trang-thai", wanted == null ? "ALL" : wanted.name());
        if (articleId != null) {
            base.queryParam("bai", articleId);
        }
        if (wantedFlag != null) {
            base.queryParam("co", wantedFlag.name());
        }
        if (text != null && !text.isBlank()) {
            base.queryParam("q", text);
        }
        String back = base.cloneBuilder()
                .queryParam("trang", result.page())
                .build()
                .encode()
                .toUriString();
        List<ModerationViews.Option> statuses = new ArrayList<>();
        for (String s : List.of("PENDING", "APPROVED", "REJECTED", "ALL")) {
            statuses.add(new ModerationViews.Option(
                    s, t.lookup("moderation.status." + s), s.equals(wanted == null ? "ALL" : wanted.name())));
        }
        List<ModerationViews.Option> flags = new ArrayList<>();
        flags.add(new ModerationViews.Option("", t.lookup("moderation.flag.any"), wantedFlag == null));
        for (CommentFlag f : CommentFlag.values()) {
            flags.add(new ModerationViews.Option(f.name(), t.lookup("moderation.flag." + f.name()), f == wantedFlag));
        }
        var view = new ModerationViews.Queue(
                frames.frame("moderation.title", user, request),
                items(result.items(), t),
                result.total(),
                result.page(),
                result.pages(),
                result.page() > 1
                        ? base.cloneBuilder()
                                .queryParam("trang", result.page() - 1)
                                .build()
                                .encode()
                                .toUriString()
                        : null,
                result.page() < result.pages()
                        ? base.cloneBuilder()
                                .queryParam("trang", result.page() + 1)
                                .build()
                                .encode()
                                .toUriString()
                        : null,
                statuses,
                flags,
                articleId == null ? "" : articleId.toString(),
                text == null ? "" : text,
                back,
                reasons(t),
                comments.pendingCount());
        return new ModelAndView("newsroom/comments/queue", Map.of("page", view));
    }

    @GetMapping(BASE + "/{id}")
    ModelAndView detail(
            @PathVariable long id,
            @RequestParam(name = "back", defaultValue = BASE) String back,
            Authentication user,
            jakarta.servlet.http.HttpServletRequest request) {
        Text t = frames.text();
        Comment comment = comments.find(id).orElseThrow(() -> new CommentNotFoundException(id));
        var edits = comments.edits(id).stream()
                .map(e -> new ModerationViews.EditView(
                        e, VietnamTime.shortDateTime(e.editedAt()), WordDiff.of(e.before(), e.after())))
                .toList();
        var view = new ModerationViews.Detail(
                frames.frame("moderation.detailTitle", user, request),
                items(List.of(comment), t).get(0),
                edits,
                audit.history(id),
                reasons(t),
                safeBack(back));
        return new ModelAndView("newsroom/comments/detail", Map.of("page", view));
    }

    /** The reader's file from the private store: images preview in the queue, other files download. */
    @GetMapping(BASE + "/{id}/tep")
    org.springframework.http.ResponseEntity<org.springframework.core.io.Resource> file(@PathVariable long id) {
        var file = comments.attachmentFile(id).orElseThrow(() -> new CommentNotFoundException(id));
        return file.download()
                .cacheControl(org.springframework.http.CacheControl.noStore())
                .body(file.resource());
    }

    private List<ModerationViews.Item> items(List<Comment> list, Text t) {
        Map<Long, Article> byId = new HashMap<>();
        return list.stream()
                .map(c -> {
                    Article a = byId.computeIfAbsent(
                            c.articleId(), id -> articles.find(id).orElse(null));
                    List<ModerationViews.Flag> flags = c.flags().stream()
                            .map(f -> new ModerationViews.Flag(f, t.lookup("moderation.flag." + f)))
                            .toList();
                    return new ModerationViews.Item(
                            c,
                            a == null ? "#" + c.articleId() : a.title(),
                            a == null ? null : a.url(),
                            VietnamTime.shortDateTime(c.createdAt()),
                            flags,
                            c.attachment() != null && c.attachment().isImage(),
                            c.status() == CommentStatus.APPROVED
                                    && c.attachment() != null
                                    && c.attachment().isImage()
                                    && !c.attachment().hasPublicImage());
                })
                .toList();
    }

    static List<String> reasons(Text t) {
        List<String> reasons = new ArrayList<>();
        for (int i = 1; i <= REASONS; i++) {
            reasons.add(t.lookup("moderation.reason." + i));
        }
        return reasons;
    }

    /** Only back into the queue, never to another site; a line break in it would split the redirect's header. */
    static String safeBack(String back) {
        if (ControlCharacters.in(back, false)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "control character in back");
        }
        return back != null && back.startsWith(BASE) && !back.startsWith("//") ? back : BASE;
    }

    private static Long parseLong(String s) {
        try {
            return s == null || s.isBlank() ? null : Long.parseLong(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        try {
            return value == null || value.isBlank() ? null : Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
