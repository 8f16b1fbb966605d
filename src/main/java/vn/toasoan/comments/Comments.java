package vn.toasoan.comments;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.toasoan.attachments.Attachment;
import vn.toasoan.attachments.AttachmentStore;
import vn.toasoan.attachments.PrivateFile;
import vn.toasoan.platform.AuditEvent;
import vn.toasoan.vietnamese.VietnameseText;

/**
 * What the newsroom may do with readers' comments. Every change is kept in the comment's own history and published
 * as an {@link AuditEvent} for the newsroom's audit log.
 */
@Service
public class Comments {

    /** What the audit log says of a comment once its author had their data erased. */
    public static final String ERASED = "[đã xóa theo yêu cầu]";

    static final String EDITED = "đã sửa nội dung, xem so sánh ở bình luận";

    private final CommentRepository repository;
    private final AttachmentStore store;
    private final CommentSettings settings;
    private final CommentRules rules;
    private final CommentProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Comments(
            CommentRepository repository,
            AttachmentStore store,
            CommentSettings settings,
            CommentRules rules,
            CommentProperties properties,
            ApplicationEventPublisher events,
            Clock clock) {
        this.repository = repository;
        this.store = store;
        this.settings = settings;
        this.rules = rules;
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

    public long pendingCount() {
        return repository.countPending();
    }

    /**
     * Approves, after editing the text when {@code editedContent} differs from it. The reader's original stays;
     * approved images are re-encoded without their metadata before anyone may see them.
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
                repository.edit(id, comment.content(), after, actor, now);
                // the reader's words stay with the comment (and go with it), not in the audit log
                record(id, actor, "comment.edit", EDITED, now);
            }
        }
        String details = "";
        Attachment attachment = comment.attachment();
        if (attachment != null && attachment.isImage() && !attachment.hasPublicImage()) {
            Optional<int[]> size = store.publishImage(attachment.storedName());
            if (size.isPresent()) {
                repository.setImageSize(id, size.get()[0], size.get()[1]);
            } else {
                details = "ảnh không đọc được, không công bố";
            }
        }
        repository.moderate(id, CommentStatus.APPROVED, actor, now, null);
        record(id, actor, "comment.approve", details, now);
        events.publishEvent(new CommentApproved(id, comment.articleId()));
        return get(id);
    }

    @Transactional
    public Comment reject(long id, String reason, String actor) {
        get(id);
        String why = reason == null ? "" : VietnameseText.nfc(reason.strip());
        repository.moderate(id, CommentStatus.REJECTED, actor, clock.instant(), why);
        record(id, actor, "comment.reject", why, clock.instant());
        return get(id);
    }

    /** "Tòa soạn trả lời", shown under the comment once it is approved. */
    @Transactional
    public Comment reply(long id, String text, String actor) {
        get(id);
        String content = CommentSubmissions.normalizeText(text);
        if (content.isEmpty()) {
            throw new InvalidCommentChange("empty");
        }
        repository.reply(id, content, actor, clock.instant());
        record(id, actor, "comment.reply", content, clock.instant());
        return get(id);
    }

    public List<CommentEdit> edits(long id) {
        return repository.edits(id);
    }

    public List<CommentAction> history(long id) {
        return repository.actions(id);
    }

    /** The reader's file from the private store, for an editor's preview or download. */
    public Optional<PrivateFile> attachmentFile(long id) {
        return repository.find(id).map(Comment::attachment).flatMap(store::file);
    }

    /**
     * Blocks the e-mail address or the IP (for IPv6, its /64) a comment came from. The editor names the comment, so
     * the reader's full IP never has to leave the server.
     */
    @Transactional
    public void blockSender(long commentId, Block.Kind kind, Block.Action action, String actor) {
        Comment comment = get(commentId);
        block(kind, kind == Block.Kind.EMAIL ? comment.email() : comment.ip(), action, actor);
    }

    @Transactional
    void block(Block.Kind kind, String value, Block.Action action, String actor) {
        String clean = value == null ? "" : value.strip();
        if (kind == Block.Kind.EMAIL) {
            clean = clean.toLowerCase(Locale.ROOT);
        } else {
            clean = IpKey.of(clean);
        }
        if (clean.isEmpty()) {
            throw new InvalidCommentChange("empty");
        }
        repository.saveBlock(kind, clean, action, actor, clock.instant());
        record(null, actor, "comment.block", kind + " " + mask(kind, clean) + " " + action, clock.instant());
    }

    @Transactional
    public void unblock(long blockId, String actor) {
        repository.deleteBlock(blockId);
        record(null, actor, "comment.unblock", "block " + blockId, clock.instant());
    }

    public List<Block> blocks() {
        return repository.blocks();
    }

    public String notice() {
        return settings.notice();
    }

    @Transactional
    public void changeNotice(String text, String actor) {
        String before = settings.notice();
        String after = CommentSubmissions.normalizeText(text);
        settings.put(CommentSettings.NOTICE, after, actor);
        record(null, actor, "comment.notice", "trước: «" + before + "» → sau: «" + after + "»", clock.instant());
    }

    public List<WordRule> wordRules() {
        return repository.wordRules();
    }

    @Transactional
    public void addWordRule(String phrase, WordRule.Action action, WordRule.Match match, String actor) {
        String clean = CommentSubmissions.normalizeLine(phrase).toLowerCase(Locale.ROOT);
        if (clean.isEmpty()) {
            throw new InvalidCommentChange("empty");
        }
        repository.saveWordRule(clean, action, match, actor);
        rules.reload();
        record(null, actor, "comment.words.add", clean + " " + action + " " + match, clock.instant());
    }

    @Transactional
    public void removeWordRule(long id, String actor) {
        repository.deleteWordRule(id);
        rules.reload();
        record(null, actor, "comment.words.remove", "rule " + id, clock.instant());
    }

    /** Everything kept about one commenter. */
    public PersonalData export(String email, String actor) {
        String address = normalizeEmail(email);
        var entries = repository.byEmail(address).stream()
                .map(c -> new PersonalData.Entry(c, repository.edits(c.id())))
                .toList();
        var blocks = repository.blocks().stream()
                .filter(b -> b.kind() == Block.Kind.EMAIL && b.value().equals(address))
                .toList();
        record(null, actor, "comment.export", mask(Block.Kind.EMAIL, address), clock.instant());
        return new PersonalData(address, entries, blocks);
    }

    /**
     * Erases a commenter's comments, edits, replies and files, and what the audit log says about those comments (the
     * entries stay, their details are replaced by {@link #ERASED}); a block on the address stays, as abuse defence.
     */
    @Transactional
    public int erase(String email, String actor) {
        String address = normalizeEmail(email);
        List<Comment> comments = repository.byEmail(address);
        repository.scrubAuditLog(comments.stream().map(Comment::id).toList(), ERASED);
        repository.deleteByEmail(address);
        comments.stream()
                .map(Comment::attachment)
                .filter(java.util.Objects::nonNull)
                .forEach(a -> store.delete(a.storedName()));
        record(
                null,
                actor,
                "comment.erase",
                mask(Block.Kind.EMAIL, address) + ": " + comments.size() + " bình luận",
                clock.instant());
        return comments.size();
    }

    private static String normalizeEmail(String email) {
        return CommentSubmissions.normalizeLine(email).toLowerCase(Locale.ROOT);
    }

    /** The audit log need not repeat a reader's address in full. */
    static String mask(Block.Kind kind, String value) {
        if (kind == Block.Kind.IP) {
            return PartialIp.of(value);
        }
        int at = value.indexOf('@');
        return at <= 1 ? "***" + value.substring(Math.max(at, 0)) : value.charAt(0) + "***" + value.substring(at);
    }

    private Comment get(long id) {
        return repository.find(id).orElseThrow(() -> new CommentNotFoundException(id));
    }

    private void record(Long commentId, String actor, String action, String details, Instant at) {
        repository.action(commentId, actor, action, details, at);
        events.publishEvent(
                new AuditEvent(actor, action, "comment", commentId == null ? "" : commentId.toString(), details));
    }
}
