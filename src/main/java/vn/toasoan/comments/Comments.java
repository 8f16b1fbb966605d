package vn.toasoan.comments;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.toasoan.attachments.AttachmentStore;
import vn.toasoan.attachments.PrivateFile;
import vn.toasoan.vietnamese.VietnameseText;

/** What the newsroom does with readers' comments. Every change is kept in the {@link ModerationTrail}. */
@Service
public class Comments {

    private final CommentRepository repository;
    private final ModerationTrail trail;
    private final AttachmentStore store;
    private final CommentSettings settings;
    private final CommentProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Comments(
            CommentRepository repository,
            ModerationTrail trail,
            AttachmentStore store,
            CommentSettings settings,
            CommentProperties properties,
            ApplicationEventPublisher events,
            Clock clock) {
        this.repository = repository;
        this.trail = trail;
        this.store = store;
        this.settings = settings;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    /** Pending first, oldest first: the order an editor works through them. */
    public CommentPage queue(CommentQuery query, int page) {
        int size = properties.queuePageSize();
        long total = repository.count(query);
        int pages = (int) Math.max(1, (total + size - 1) / size);
        int safe = Math.min(pages, Math.max(1, page));
        return new CommentPage(repository.search(query, size, (safe - 1) * size), total, safe, pages);
    }

    public Optional<Comment> find(long id) {
        return repository.find(id);
    }

    /** The counts of many articles at once, for the newsroom's article list; articles without comments are left out. */
    public Map<Long, CommentCounts> counts(Collection<Long> articleIds) {
        return repository.counts(articleIds);
    }

    public long pendingCount() {
        return repository.countPending();
    }

    /**
     * Approves, after editing the text when {@code editedContent} differs from it. The reader's original stays. A photo
     * shows only once {@link ApprovedImages} has made its copies without metadata, after this commits.
     */
    @Transactional
    public Comment approve(long id, String editedContent, String actor) {
        Comment comment = get(id);
        Instant now = clock.instant();
        if (editedContent != null) {
            String after = CommentSubmissions.normalizeText(editedContent);
            if (after.isEmpty()) {
                throw new InvalidCommentChange("empty");
            }
            if (after.codePointCount(0, after.length()) > CommentSubmissions.MAX_LENGTH) {
                throw new InvalidCommentChange("tooLong");
            }
            if (!after.equals(comment.content())) {
                repository.changeContent(id, after, actor, now);
                trail.edit(id, comment.content(), after, actor, now);
                trail.record(id, actor, "comment.edit", trail.text("comments.audit.edited"));
                events.publishEvent(new CommentEdited(id, comment.articleId()));
            }
        }
        repository.moderate(id, CommentStatus.APPROVED, actor, now, null);
        trail.record(id, actor, "comment.approve", "");
        events.publishEvent(new CommentApproved(id, comment.articleId()));
        return get(id);
    }

    @Transactional
    public Comment reject(long id, String reason, String actor) {
        Comment comment = get(id);
        String why = reason == null ? "" : VietnameseText.nfc(reason.strip());
        repository.moderate(id, CommentStatus.REJECTED, actor, clock.instant(), why);
        trail.record(id, actor, "comment.reject", why);
        events.publishEvent(new CommentRejected(id, comment.articleId()));
        return get(id);
    }

    /** "Tòa soạn trả lời", shown under the comment once it is approved. */
    @Transactional
    public Comment reply(long id, String text, String actor) {
        Comment comment = get(id);
        String content = CommentSubmissions.normalizeText(text);
        if (content.isEmpty()) {
            throw new InvalidCommentChange("empty");
        }
        repository.reply(id, content, actor, clock.instant());
        trail.record(id, actor, "comment.reply", content);
        events.publishEvent(new CommentReplied(id, comment.articleId()));
        return get(id);
    }

    public List<CommentEdit> edits(long id) {
        return trail.edits(id);
    }

    /** The reader's file from the private store, for an editor's preview or download. */
    public Optional<PrivateFile> attachmentFile(long id) {
        return repository.find(id).map(Comment::attachment).flatMap(store::file);
    }

    /** The notice above the form, as readers in the current language see it. */
    public String notice() {
        return settings.notice(LocaleContextHolder.getLocale());
    }

    @Transactional
    public void changeNotice(String text, String actor) {
        String before = settings.notice(ModerationTrail.RECORD_LANGUAGE);
        String after = CommentSubmissions.normalizeText(text);
        settings.put(CommentSettings.NOTICE, after, actor);
        trail.record(null, actor, "comment.notice", trail.text("comments.audit.notice", before, after));
        events.publishEvent(new CommentNoticeChanged());
    }

    private Comment get(long id) {
        return repository.find(id).orElseThrow(() -> new CommentNotFoundException(id));
    }
}
