package vn.toasoan.articles;

import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Working copies, one per account and article (and one per account for a new article). */
@Repository
class WorkingCopyRepository {

    private final JdbcClient jdbc;

    WorkingCopyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void save(long accountId, Long articleId, int baseVersion, String fields, Instant at) {
        jdbc.sql("""
                        INSERT INTO working_copies (account_id, article_id, base_version, fields, saved_at)
                        VALUES (?, ?, ?, ?::jsonb, ?)
                        ON CONFLICT (account_id, coalesce(article_id, 0)) DO UPDATE SET
                            base_version = EXCLUDED.base_version, fields = EXCLUDED.fields,
                            saved_at = EXCLUDED.saved_at""")
                .params(accountId, articleId, baseVersion, fields, ArticleRepository.utc(at))
                .update();
    }

    Optional<WorkingCopy> find(long accountId, Long articleId) {
        return jdbc.sql("""
                        SELECT article_id, base_version, fields::text AS fields, saved_at FROM working_copies
                        WHERE account_id = ? AND coalesce(article_id, 0) = ?""")
                .params(accountId, articleId == null ? 0L : articleId)
                .query((rs, n) -> new WorkingCopy(
                        (Long) rs.getObject("article_id"),
                        rs.getInt("base_version"),
                        rs.getString("fields"),
                        ArticleRepository.instant(rs, "saved_at")))
                .optional();
    }

    void delete(long accountId, Long articleId) {
        jdbc.sql("DELETE FROM working_copies WHERE account_id = ? AND coalesce(article_id, 0) = ?")
                .params(accountId, articleId == null ? 0L : articleId)
                .update();
    }

    int deleteOlderThan(Instant before) {
        return jdbc.sql("DELETE FROM working_copies WHERE saved_at < ?")
                .param(ArticleRepository.utc(before))
                .update();
    }
}
