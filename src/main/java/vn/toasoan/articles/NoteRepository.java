package vn.toasoan.articles;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Editorial notes, and what a scheduled article carries until its time: who scheduled it, past which warnings. */
@Repository
class NoteRepository {

    private final JdbcClient jdbc;

    NoteRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long add(long articleId, long accountId, String author, EditorialNote.Kind kind, String body, Instant at) {
        return jdbc.sql("""
                        INSERT INTO article_notes (article_id, account_id, author, kind, body, created_at)
                        VALUES (?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(articleId, accountId, author, kind.name(), body, ArticleRepository.utc(at))
                .query(Long.class)
                .single();
    }

    /** Oldest first, as a conversation reads. */
    List<EditorialNote> notes(long articleId) {
        return jdbc.sql("SELECT * FROM article_notes WHERE article_id = ? ORDER BY created_at, id")
                .param(articleId)
                .query((rs, n) -> new EditorialNote(
                        rs.getLong("id"),
                        rs.getLong("article_id"),
                        (Long) rs.getObject("account_id"),
                        rs.getString("author"),
                        EditorialNote.Kind.valueOf(rs.getString("kind")),
                        rs.getString("body"),
                        ArticleRepository.instant(rs, "created_at")))
                .list();
    }

    Set<Long> writers(long articleId) {
        return new TreeSet<>(jdbc.sql(
                        "SELECT DISTINCT account_id FROM article_notes WHERE article_id = ? AND account_id IS NOT NULL")
                .param(articleId)
                .query(Long.class)
                .list());
    }

    void schedule(long articleId, long accountId, Set<String> acknowledged) {
        jdbc.sql("""
                        INSERT INTO article_schedules (article_id, account_id, acknowledged) VALUES (?, ?, ?)
                        ON CONFLICT (article_id) DO UPDATE SET account_id = EXCLUDED.account_id,
                            acknowledged = EXCLUDED.acknowledged""")
                .params(articleId, accountId, acknowledged.stream().sorted().toArray(String[]::new))
                .update();
    }

    /** Who scheduled the article and the warnings they acknowledged; null when nobody did (or it was forced). */
    Schedule schedule(long articleId) {
        return jdbc.sql("SELECT account_id, acknowledged FROM article_schedules WHERE article_id = ?")
                .param(articleId)
                .query((rs, n) -> new Schedule((Long) rs.getObject("account_id"), Set.of((String[])
                        rs.getArray("acknowledged").getArray())))
                .optional()
                .orElse(null);
    }

    void unschedule(long articleId) {
        jdbc.sql("DELETE FROM article_schedules WHERE article_id = ?")
                .param(articleId)
                .update();
    }

    record Schedule(Long accountId, Set<String> acknowledged) {}
}
