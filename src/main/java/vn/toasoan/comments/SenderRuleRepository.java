package vn.toasoan.comments;

import static vn.toasoan.comments.Rows.instant;
import static vn.toasoan.comments.Rows.ts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What decides whether a sender may comment: blocks, word lists, and how much they sent lately. */
@Repository
class SenderRuleRepository implements SenderLimits.History {

    /** A sender is counted by one of these columns of {@code comments}. */
    enum Sender {
        EMAIL("email"),
        IP_KEY("ip_key");

        private final String column;

        Sender(String column) {
            this.column = column;
        }
    }

    private static final String BLOCK_COLUMNS = "id, kind, value, action, created_by, created_at";

    private final JdbcClient jdbc;

    SenderRuleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The blocks on any of these values of one kind. */
    List<Block> blocks(Block.Kind kind, String... values) {
        return jdbc.sql("SELECT " + BLOCK_COLUMNS + " FROM comment_blocks WHERE kind = ? AND value = ANY(?)")
                .params(kind.name(), values)
                .query(SenderRuleRepository::block)
                .list();
    }

    List<Block> blocks() {
        return jdbc.sql("SELECT " + BLOCK_COLUMNS + " FROM comment_blocks ORDER BY created_at DESC")
                .query(SenderRuleRepository::block)
                .list();
    }

    void saveBlock(Block.Kind kind, String value, Block.Action action, String actor, Instant at) {
        jdbc.sql("""
                        INSERT INTO comment_blocks (kind, value, action, created_by, created_at) VALUES (?, ?, ?, ?, ?)
                        ON CONFLICT (kind, value) DO UPDATE SET action = EXCLUDED.action,
                            created_by = EXCLUDED.created_by, created_at = EXCLUDED.created_at
                        """).params(kind.name(), value, action.name(), actor, ts(at)).update();
    }

    void deleteBlock(long id) {
        jdbc.sql("DELETE FROM comment_blocks WHERE id = ?").param(id).update();
    }

    List<WordRule> wordRules() {
        return jdbc.sql("SELECT id, phrase, action, match FROM comment_word_rules ORDER BY action, phrase")
                .query((rs, n) -> new WordRule(
                        rs.getLong("id"),
                        rs.getString("phrase"),
                        WordRule.Action.valueOf(rs.getString("action")),
                        WordRule.Match.valueOf(rs.getString("match"))))
                .list();
    }

    void saveWordRule(String phrase, WordRule.Action action, WordRule.Match match, String actor) {
        jdbc.sql("""
                        INSERT INTO comment_word_rules (phrase, action, match, created_by) VALUES (?, ?, ?, ?)
                        ON CONFLICT (phrase, match) DO UPDATE SET action = EXCLUDED.action
                        """).params(phrase, action.name(), match.name(), actor).update();
    }

    void deleteWordRule(long id) {
        jdbc.sql("DELETE FROM comment_word_rules WHERE id = ?").param(id).update();
    }

    /** Comments from a sender since a time, for the hourly limit. */
    /**
     * Takes the transaction-long locks of this address and this e-mail, in that order, so that no other submission by
     * either sender, on any node sharing the database, checks its limits before this one has written or given up.
     */
    void lock(String ipKey, String email) {
        jdbc.sql("SELECT pg_advisory_xact_lock(?), pg_advisory_xact_lock(?)")
                .params(lockKey("ip", ipKey), lockKey("email", email))
                .query((rs, n) -> n)
                .list();
    }

    private static long lockKey(String kind, String value) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(("comments." + kind + ":" + value).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.nio.ByteBuffer.wrap(digest).getLong();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public long countSince(Sender sender, String value, Instant since) {
        return jdbc.sql("SELECT count(*) FROM comments WHERE " + sender.column + " = ? AND created_at > ?")
                .params(value, ts(since))
                .query(Long.class)
                .single();
    }

    /** A sender's latest comment since a time, for the minimum interval. */
    @Override
    public Optional<Instant> latestSince(Sender sender, String value, Instant since) {
        return jdbc.sql("SELECT max(created_at) AS latest FROM comments WHERE " + sender.column
                        + " = ? AND created_at > ?")
                .params(value, ts(since))
                .query((rs, n) -> instant(rs, "latest"))
                .optional();
    }

    /** The same text from the same address or IP since a time: a second click on "Gửi". */
    boolean sentBy(String fingerprint, String email, String ipKey, Instant since) {
        return jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM comments WHERE fingerprint = ? AND created_at > ?
                            AND (email = ? OR ip_key = ?))
                        """)
                .params(fingerprint, ts(since), email, ipKey)
                .query(Boolean.class)
                .single();
    }

    /** The same text from anyone since a time. */
    boolean seen(String fingerprint, Instant since) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM comments WHERE fingerprint = ? AND created_at > ?)")
                .params(fingerprint, ts(since))
                .query(Boolean.class)
                .single();
    }

    private static Block block(ResultSet rs, int n) throws SQLException {
        return new Block(
                rs.getLong("id"),
                Block.Kind.valueOf(rs.getString("kind")),
                rs.getString("value"),
                Block.Action.valueOf(rs.getString("action")),
                rs.getString("created_by"),
                instant(rs, "created_at"));
    }
}
