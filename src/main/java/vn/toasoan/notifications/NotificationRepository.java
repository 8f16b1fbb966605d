package vn.toasoan.notifications;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class NotificationRepository {

    private final JdbcClient jdbc;

    NotificationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(
            long accountId,
            NotificationKind kind,
            Long articleId,
            String title,
            String actor,
            String detail,
            Instant at) {
        return jdbc.sql("""
                        INSERT INTO notifications (account_id, kind, article_id, title, actor, detail, created_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(accountId, kind.name(), articleId, title, actor, detail, utc(at))
                .query(Long.class)
                .single();
    }

    /** Newest first. */
    List<Notification> page(long accountId, int limit, int offset) {
        return jdbc.sql("""
                        SELECT * FROM notifications WHERE account_id = ?
                        ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?""")
                .params(accountId, limit, offset)
                .query(NotificationRepository::notification)
                .list();
    }

    long count(long accountId) {
        return jdbc.sql("SELECT count(*) FROM notifications WHERE account_id = ?")
                .param(accountId)
                .query(Long.class)
                .single();
    }

    long unread(long accountId) {
        return jdbc.sql("SELECT count(*) FROM notifications WHERE account_id = ? AND read_at IS NULL")
                .param(accountId)
                .query(Long.class)
                .single();
    }

    boolean hasUnread(long accountId, NotificationKind kind, long articleId) {
        return jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM notifications
                            WHERE account_id = ? AND kind = ? AND article_id = ? AND read_at IS NULL)""")
                .params(accountId, kind.name(), articleId)
                .query(Boolean.class)
                .single();
    }

    Optional<Notification> find(long accountId, long id) {
        return jdbc.sql("SELECT * FROM notifications WHERE account_id = ? AND id = ?")
                .params(accountId, id)
                .query(NotificationRepository::notification)
                .optional();
    }

    void markRead(long accountId, long id, Instant at) {
        jdbc.sql("UPDATE notifications SET read_at = ? WHERE account_id = ? AND id = ? AND read_at IS NULL")
                .params(utc(at), accountId, id)
                .update();
    }

    int markAllRead(long accountId, Instant at) {
        return jdbc.sql("UPDATE notifications SET read_at = ? WHERE account_id = ? AND read_at IS NULL")
                .params(utc(at), accountId)
                .update();
    }

    boolean emailOn(long accountId) {
        return jdbc.sql("SELECT email FROM notification_settings WHERE account_id = ?")
                .param(accountId)
                .query(Boolean.class)
                .optional()
                .orElse(true);
    }

    void setEmail(long accountId, boolean on) {
        jdbc.sql("""
                        INSERT INTO notification_settings (account_id, email) VALUES (?, ?)
                        ON CONFLICT (account_id) DO UPDATE SET email = EXCLUDED.email""").params(accountId, on).update();
    }

    private static Notification notification(ResultSet rs, int row) throws SQLException {
        OffsetDateTime read = rs.getObject("read_at", OffsetDateTime.class);
        return new Notification(
                rs.getLong("id"),
                NotificationKind.valueOf(rs.getString("kind")),
                (Long) rs.getObject("article_id"),
                rs.getString("title"),
                rs.getString("actor"),
                rs.getString("detail"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                read == null ? null : read.toInstant());
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
