package vn.toasoan.newsroom.comments;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.toasoan.comments.CommentsErased;

/** The newsroom's audit log as it concerns comments: one comment's history, and what it forgets on erasure. */
@Component
class CommentAudit {

    /** The audit log is kept in the paper's language, whichever language each editor reads. */
    private static final Locale RECORD_LANGUAGE = Locale.forLanguageTag("vi");

    private final JdbcClient jdbc;
    private final MessageSource messages;

    CommentAudit(JdbcClient jdbc, MessageSource messages) {
        this.jdbc = jdbc;
        this.messages = messages;
    }

    /** Who did what to this comment, oldest first. */
    List<ModerationViews.HistoryEntry> history(long commentId) {
        return jdbc.sql("SELECT at, actor, action, details FROM audit_log WHERE target_type = 'comment'"
                        + " AND target_id = ? ORDER BY at, id")
                .param(Long.toString(commentId))
                .query((rs, n) -> new ModerationViews.HistoryEntry(
                        rs.getString("actor"),
                        rs.getString("action"),
                        rs.getString("details"),
                        rs.getObject("at", OffsetDateTime.class).toInstant()))
                .list();
    }

    /**
     * The entries stay, their details go: reasons and replies may quote the reader, and entries written before edits
     * stopped copying text hold the reader's words. Heard within the erasure's transaction, so both stand or fall
     * together.
     */
    @EventListener
    void on(CommentsErased event) {
        if (event.commentIds().isEmpty()) {
            return;
        }
        jdbc.sql("UPDATE audit_log SET details = ? WHERE target_type = 'comment' AND target_id = ANY(?)"
                        + " AND details <> ''")
                .params(
                        messages.getMessage("comments.audit.erasedDetails", null, RECORD_LANGUAGE),
                        event.commentIds().stream().map(String::valueOf).toArray(String[]::new))
                .update();
    }
}
