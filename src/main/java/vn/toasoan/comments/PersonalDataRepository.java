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

    /** The comments, and with them their edits, replies and file records. */
    void deleteCommentsBy(String email) {
        jdbc.sql("DELETE FROM comments WHERE email = ?").param(email).update();
    }
}
