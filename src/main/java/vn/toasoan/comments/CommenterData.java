package vn.toasoan.comments;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.toasoan.attachments.AttachmentStore;

/** A commenter's rights under Decree 13/2023 on personal data: to see what the paper keeps about them, and erase it. */
@Service
public class CommenterData {

    /** What the audit log says of a comment once its author had their data erased. */
    public static final String ERASED = "[đã xóa theo yêu cầu]";

    private final PersonalDataRepository repository;
    private final SenderRuleRepository rules;
    private final ModerationTrail trail;
    private final AttachmentStore store;

    CommenterData(
            PersonalDataRepository repository,
            SenderRuleRepository rules,
            ModerationTrail trail,
            AttachmentStore store) {
        this.repository = repository;
        this.rules = rules;
        this.trail = trail;
        this.store = store;
    }

    /** Everything kept about one commenter. */
    public PersonalData export(String email, String actor) {
        String address = normalizeEmail(email);
        var entries = repository.commentsBy(address).stream()
                .map(c -> new PersonalData.Entry(c, trail.edits(c.id())))
                .toList();
        var blocks = rules.blocks(Block.Kind.EMAIL, address);
        trail.record(null, actor, "comment.export", Block.masked(Block.Kind.EMAIL, address));
        return new PersonalData(address, entries, blocks);
    }

    /**
     * Erases a commenter's comments, edits, replies and files, and what the audit log says about those comments (the
     * entries stay, their details are replaced by {@link #ERASED}); a block on the address stays, as abuse defence.
     */
    @Transactional
    public int erase(String email, String actor) {
        String address = normalizeEmail(email);
        List<Comment> comments = repository.commentsBy(address);
        repository.scrubAuditLog(comments.stream().map(Comment::id).toList(), ERASED);
        repository.deleteCommentsBy(address);
        comments.stream().map(Comment::attachment).filter(Objects::nonNull).forEach(a -> store.delete(a.storedName()));
        trail.record(
                null,
                actor,
                "comment.erase",
                Block.masked(Block.Kind.EMAIL, address) + ": " + comments.size() + " bình luận");
        return comments.size();
    }

    private static String normalizeEmail(String email) {
        return CommentSubmissions.normalizeLine(email).toLowerCase(Locale.ROOT);
    }
}
