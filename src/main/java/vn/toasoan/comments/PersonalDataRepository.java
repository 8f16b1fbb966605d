package vn.toasoan.comments;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What the paper keeps about one commenter, found and erased by their e-mail address (Decree 13/2023). */
@Repository
class PersonalDataRepository {

    private final JdbcClient jdbc;
    private final CommentRepository comments;

    PersonalDataRepository(JdbcClient jdbc, CommentRepository comments) {
        this.jdbc = jdbc;
        this.comments = comments;
    }

    List<Comment> commentsBy(String email) {
        return comments.withDetails(jdbc.sql("SELECT " + CommentRepository.COLUMNS
                        + " FROM comments c WHERE c.email = ? ORDER BY c.created_at")
                .param(email)
                .query(CommentRepository::row)
                .list());
    }

    /**
     * The newsroom's audit log keeps its entries about these comments but not their details: reasons and replies may
     * quote the reader, and entries written before edits stopped copying text hold the reader's words.
     */
    void scrubAuditLog(List<Long> commentIds, String marker) {
        if (commentIds.isEmpty()) {
            return;
        }
        jdbc.sql("UPDATE audit_log SET details = ? WHERE target_type = 'comment' AND target_id = ANY(?)"
                        + " AND details <> ''")
                .params(marker, commentIds.stream().map(String::valueOf).toArray(String[]::new))
                .update();
    }

    /** The comments, and with them their edits, replies, history and file records. */
    void deleteCommentsBy(String email) {
        jdbc.sql("DELETE FROM comments WHERE email = ?").param(email).update();
    }
}
