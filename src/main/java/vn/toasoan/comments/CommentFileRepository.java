package vn.toasoan.comments;

import static vn.toasoan.comments.Rows.ts;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The record of each comment's file, and of the copies readers see of an approved photo. */
@Repository
class CommentFileRepository {

    private final JdbcClient jdbc;

    CommentFileRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insertAttachment(long commentId, UUID storedName, String originalName, String contentType, long size) {
        jdbc.sql("""
                        INSERT INTO comment_attachments (comment_id, stored_name, original_name, content_type, size)
                        VALUES (?, ?, ?, ?, ?)
                        """)
                .params(commentId, storedName, originalName, contentType, size)
                .update();
    }

    void setImageSize(long commentId, int width, int height) {
        jdbc.sql("UPDATE comment_attachments SET image_width = ?, image_height = ? WHERE comment_id = ?")
                .params(width, height, commentId)
                .update();
    }

    /** Approved photos, approved before {@code approvedBefore}, whose public copies are not made yet nor given up. */
    List<Long> imagesToPublish(Instant approvedBefore, int limit) {
        return jdbc.sql("""
                        SELECT c.id FROM comments c JOIN comment_attachments a ON a.comment_id = c.id
                        WHERE c.status = 'APPROVED' AND a.content_type LIKE 'image/%' AND a.image_width IS NULL
                            AND NOT a.image_given_up AND c.moderated_at < ?
                        ORDER BY c.moderated_at LIMIT ?""").params(ts(approvedBefore), limit).query(Long.class).list();
    }

    /** @return how many tries have failed so far */
    int imageTryFailed(long commentId) {
        return jdbc.sql("UPDATE comment_attachments SET image_tries = image_tries + 1 WHERE comment_id = ?"
                        + " RETURNING image_tries")
                .param(commentId)
                .query(Integer.class)
                .single();
    }

    void giveUpImage(long commentId) {
        jdbc.sql("UPDATE comment_attachments SET image_given_up = TRUE WHERE comment_id = ?")
                .param(commentId)
                .update();
    }
}
