package vn.toasoan.comments;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.toasoan.attachments.AttachmentStore;

/** A commenter's rights under Decree 13/2023 on personal data: to see what the paper keeps about them, and erase it. */
@Service
public class CommenterData {

    private final PersonalDataRepository repository;
    private final SenderRuleRepository rules;
    private final ModerationTrail trail;
    private final AttachmentStore store;
    private final ApplicationEventPublisher events;

    CommenterData(
            PersonalDataRepository repository,
            SenderRuleRepository rules,
            ModerationTrail trail,
            AttachmentStore store,
            ApplicationEventPublisher events) {
        this.repository = repository;
        this.rules = rules;
        this.trail = trail;
        this.store = store;
        this.events = events;
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
     * Erases a commenter's comments, edits, replies and files, and announces it with {@link CommentsErased} so that the
     * audit log forgets what its entries said about them; a block on the address stays, as abuse defence.
     */
    @Transactional
    public int erase(String email, String actor) {
        String address = normalizeEmail(email);
        List<Comment> comments = repository.commentsBy(address);
        repository.deleteCommentsBy(address);
        events.publishEvent(new CommentsErased(
                comments.stream().map(Comment::id).toList(),
                comments.stream().map(Comment::articleId).collect(Collectors.toSet())));
        comments.stream().map(Comment::attachment).filter(Objects::nonNull).forEach(a -> store.delete(a.storedName()));
        trail.record(
                null,
                actor,
                "comment.erase",
                trail.text("comments.audit.erased", Block.masked(Block.Kind.EMAIL, address), comments.size()));
        return comments.size();
    }

    private static String normalizeEmail(String email) {
        return CommentSubmissions.normalizeLine(email).toLowerCase(Locale.ROOT);
    }
}
