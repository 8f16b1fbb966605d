package vn.toasoan.comments;

import static vn.toasoan.comments.Rows.instant;
import static vn.toasoan.comments.Rows.ts;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.toasoan.platform.AuditEvent;

/** What the newsroom did to comments: each action, and every edit of a reader's words with the text before and after. */
@Component
class ModerationTrail {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ModerationTrail(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /**
     * @param commentId null for an action on no one comment, such as a change of the word lists
     */
    void record(Long commentId, String actor, String action, String details) {
        jdbc.sql("INSERT INTO comment_actions (comment_id, actor, action, details, at) VALUES (?, ?, ?, ?, ?)")
                .params(commentId, actor, action, details, ts(clock.instant()))
                .update();
        events.publishEvent(
                new AuditEvent(actor, action, "comment", commentId == null ? "" : commentId.toString(), details));
    }

    List<CommentAction> actions(long commentId) {
        return jdbc.sql("SELECT actor, action, details, at FROM comment_actions WHERE comment_id = ? ORDER BY at, id")
                .param(commentId)
                .query((rs, n) -> new CommentAction(
                        rs.getString("actor"), rs.getString("action"), rs.getString("details"), instant(rs, "at")))
                .list();
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
