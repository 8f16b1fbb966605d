package vn.toasoan.comments;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.toasoan.attachments.AllowedTypes;
import vn.toasoan.attachments.Attachment;
import vn.toasoan.attachments.Sizes;
import vn.toasoan.platform.SiteChanged;
import vn.toasoan.platform.VietnamTime;

/** What the reader site shows of comments under an article. */
@Service
public class CommentThreads {

    static final String PAGE_PARAM = "trang-binh-luan";
    static final String SENT_PARAM = "binh-luan";
    static final String SENT_VALUE = "da-gui";
    static final String ANCHOR = "#binh-luan";

    private final CommentRepository repository;
    private final ApprovedComments approvedComments;
    private final CommentSettings settings;
    private final FormTokens tokens;
    private final CommentProperties properties;
    private final MessageSource messages;

    CommentThreads(
            CommentRepository repository,
            ApprovedComments approvedComments,
            CommentSettings settings,
            FormTokens tokens,
            CommentProperties properties,
            MessageSource messages) {
        this.repository = repository;
        this.approvedComments = approvedComments;
        this.settings = settings;
        this.tokens = tokens;
        this.properties = properties;
        this.messages = messages;
    }

    /**
     * What readers see changes only when the newsroom acts, and each such action is announced by an event: the copies
     * of the article concerned are dropped once that action commits here, and on every node when the change feed
     * brings it; half a minute bounds what a lost change could leave.
     */
    private final Cache<Long, Long> counts = cache();

    private final Cache<PageKey, Page> pages = cache();

    private final Cache<String, String> notices = cache();

    private record PageKey(long articleId, int page, int size) {}

    private static <K, V> Cache<K, V> cache() {
        return Caffeine.newBuilder()
                .maximumSize(20_000)
                .expireAfterWrite(Duration.ofSeconds(30))
                .build();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(CommentApproved event) {
        forget(event.articleId());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(CommentImagePublished event) {
        forget(event.articleId());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(CommentRejected event) {
        forget(event.articleId());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(CommentEdited event) {
        forget(event.articleId());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(CommentReplied event) {
        forget(event.articleId());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(CommentsErased event) {
        event.articleIds().forEach(this::forget);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(CommentNoticeChanged event) {
        notices.invalidateAll();
    }

    /** A change made on any node, this one included. */
    @EventListener
    void on(SiteChanged change) {
        if (change.kind() == SiteChanged.Kind.COMMENTS) {
            if (change.subject() == 0) {
                counts.invalidateAll();
                pages.invalidateAll();
            } else {
                forget(change.subject());
            }
        } else if (change.kind() == SiteChanged.Kind.COMMENT_NOTICE) {
            notices.invalidateAll();
        }
    }

    private void forget(long articleId) {
        counts.invalidate(articleId);
        pages.asMap().keySet().removeIf(key -> key.articleId() == articleId);
    }

    /** Changes as often as the comment form's token, which is the same for every reader meanwhile. */
    public long formWindow() {
        return tokens.window();
    }

    /** Approved comments only: nothing pending or rejected ever reaches a reader. */
    public long count(long articleId) {
        return counts.get(articleId, repository::countApproved);
    }

    /** A page as readers see it; it tells the count too, which is remembered for {@link #count}. */
    private Page page(long articleId, int page, int size) {
        return pages.get(new PageKey(articleId, page, size), key -> {
            var approved = approvedComments.page(articleId, size, (page - 1) * size);
            if (!approved.comments().isEmpty() || page == 1) {
                counts.put(articleId, approved.total());
            }
            return new Page(
                    approved.comments().stream().map(CommentThreads::toPublic).toList(), approved.total());
        });
    }

    private record Page(List<CommentSection.PublicComment> comments, long total) {}

    private String notice(Locale locale) {
        return notices.get(locale.toLanguageTag(), key -> settings.notice(locale));
    }

    /** The section under an article; a refused form comes back filled in with its errors. */
    public CommentSection section(long articleId, String articleUrl, HttpServletRequest request) {
        int size = properties.pageSize();
        int page = Math.max(1, parse(request.getParameter(PAGE_PARAM)));
        Page shown = page(articleId, page, size);
        long count = shown.total();
        if (shown.comments().isEmpty() && page > 1) {
            // past the last page, which tells no count: the last page instead
            count = count(articleId);
            page = (int) Math.max(1, (count + size - 1) / size);
            shown = page(articleId, page, size);
        }
        int pages = (int) Math.max(1, (count + size - 1) / size);
        List<CommentSection.PublicComment> comments = shown.comments();
        var pager = new CommentSection.Pager(
                page,
                pages,
                page > 1 ? pageUrl(articleUrl, page - 1) : null,
                page < pages ? pageUrl(articleUrl, page + 1) : null);
        String token = tokens.issue(articleId);
        CommentSection.Form form = Optional.ofNullable((RefusedComment) request.getAttribute(RefusedComment.ATTRIBUTE))
                .map(r -> new CommentSection.Form(
                        r.form().name(),
                        r.form().email(),
                        r.form().content(),
                        token,
                        r.refusal().errors(),
                        r.refusal().message(),
                        r.refusal().suggestion()))
                .orElseGet(() -> new CommentSection.Form("", "", "", token, Map.of(), null, null));
        String sent = SENT_VALUE.equals(request.getParameter(SENT_PARAM))
                ? messages.getMessage("comments.sent", null, LocaleContextHolder.getLocale())
                : null;
        return new CommentSection(
                articleId,
                count,
                comments,
                pager,
                notice(LocaleContextHolder.getLocale()),
                "/binh-luan/" + articleId,
                form,
                sent,
                new CommentSection.Limits(
                        CommentSubmissions.MIN_LENGTH,
                        CommentSubmissions.MAX_LENGTH,
                        properties.maxAttachmentSize().toBytes(),
                        Sizes.text(properties.maxAttachmentSize().toBytes(), LocaleContextHolder.getLocale()),
                        AllowedTypes.acceptHint()));
    }

    static CommentSection.PublicComment toPublic(Comment c) {
        return new CommentSection.PublicComment(
                c.id(),
                c.name(),
                VietnamTime.shortDateTime(c.createdAt()),
                VietnamTime.iso(c.createdAt()),
                CommentText.of(c.content()),
                c.edited(),
                publicAttachment(c.attachment()),
                c.replies().stream()
                        .map(r -> new CommentSection.PublicReply(
                                VietnamTime.shortDateTime(r.createdAt()),
                                VietnamTime.iso(r.createdAt()),
                                CommentText.of(r.content())))
                        .toList());
    }

    private static CommentSection.PublicAttachment publicAttachment(Attachment a) {
        if (a == null) {
            return null;
        }
        if (a.isImage()) {
            if (!a.hasPublicImage()) {
                // never published: its metadata could not be removed
                return null;
            }
            return new CommentSection.PublicAttachment(
                    true,
                    CommentFiles.thumbnailPath(a.storedName()),
                    CommentFiles.largePath(a.storedName()),
                    null,
                    a.originalName(),
                    a.kind(),
                    a.sizeText());
        }
        return new CommentSection.PublicAttachment(
                false, null, null, CommentFiles.downloadPath(a.storedName()), a.originalName(), a.kind(), a.sizeText());
    }

    private static String pageUrl(String articleUrl, int page) {
        return (page == 1 ? articleUrl : articleUrl + "?" + PAGE_PARAM + "=" + page) + ANCHOR;
    }

    private static int parse(String s) {
        try {
            return s == null ? 1 : Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
