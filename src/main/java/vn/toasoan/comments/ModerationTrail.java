package vn.toasoan.comments;

import static vn.toasoan.comments.Rows.instant;
import static vn.toasoan.comments.Rows.ts;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.toasoan.platform.AuditEvent;

/** What the newsroom did to comments: each action, and every edit of a reader's words with the text before and after. */
@Component
class ModerationTrail {

    /** The audit log is one record for the whole newsroom, kept in the paper's language whatever each editor reads. */
    static final Locale RECORD_LANGUAGE = Locale.forLanguageTag("vi");

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;

    ModerationTrail(JdbcClient jdbc, ApplicationEventPublisher events, MessageSource messages) {
        this.jdbc = jdbc;
        this.events = events;
        this.messages = messages;
    }

    /** A detail of a record, from the message bundles, in {@link #RECORD_LANGUAGE}. */
    String text(String key, Object... args) {
        return messages.getMessage(key, args, RECORD_LANGUAGE);
    }

    /**
     * Each action once, in the newsroom's audit log, within the transaction of the change it describes; a comment's
     * history is that log's entries about it.
     *
     * @param commentId null for an action on no one comment, such as a change of the word lists
     */
    void record(Long commentId, String actor, String action, String details) {
        events.publishEvent(
                new AuditEvent(actor, action, "comment", commentId == null ? "" : commentId.toString(), details));
    }

    /** The reader's words stay here, with the comment (and go with it), never in the audit log. */
    void edit(long commentId, String before, String after, String editor, Instant at) {
        jdbc.sql("INSERT INTO comment_edits (comment_id, before, after, editor, edited_at) VALUES (?, ?, ?, ?, ?)")
                .params(commentId, before, after, editor, ts(at))
                .update();
    }

    List<CommentEdit> edits(long commentId) {
        return jdbc.sql("SELECT before, after, editor, edited_at FROM comment_edits WHERE comment_id = ?"
                        + " ORDER BY edited_at, id")
                .param(commentId)
                .query((rs, n) -> new CommentEdit(
                        rs.getString("before"),
                        rs.getString("after"),
                        rs.getString("editor"),
                        instant(rs, "edited_at")))
                .list();
    }
}
