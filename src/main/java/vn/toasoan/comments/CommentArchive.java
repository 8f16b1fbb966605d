package vn.toasoan.comments;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Comments a paper's old site had approved, brought in with its articles (import-archive): approved as they were,
 * with their original time, in one batch statement.
 */
@Service
public class CommentArchive {

    /** Who moderated an imported comment, as the moderation trail shows it. */
    static final String MODERATOR = "import-archive";

    private final JdbcTemplate jdbc;

    CommentArchive(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A comment the old site showed readers. */
    public record ArchivedComment(
            long articleId, String name, String email, String content, String ip, Instant createdAt) {}

    @Transactional
    public void insertApproved(List<ArchivedComment> comments) {
        List<Object[]> rows = new ArrayList<>();
        for (ArchivedComment c : comments) {
            String content = CommentSubmissions.normalizeText(c.content());
            if (content.isEmpty()) {
                continue;
            }
            OffsetDateTime at = OffsetDateTime.ofInstant(c.createdAt(), ZoneOffset.UTC);
            String ip = c.ip() == null ? "" : c.ip().strip();
            rows.add(new Object[] {
                c.articleId(),
                CommentSubmissions.normalizeLine(c.name()),
                c.email() == null ? "" : c.email().strip().toLowerCase(Locale.ROOT),
                content,
                content,
                ip,
                IpKey.of(ip),
                CommentSubmissions.fingerprint(content),
                at,
                at
            });
        }
        jdbc.batchUpdate("""
                INSERT INTO comments (article_id, name, email, content, original_content, status, ip, ip_key,
                                      fingerprint, created_at, moderated_at, moderated_by)
                VALUES (?, ?, ?, ?, ?, 'APPROVED', ?, ?, ?, ?, ?, '""" + MODERATOR + "')", rows);
    }
}
