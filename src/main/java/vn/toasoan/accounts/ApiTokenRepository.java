package vn.toasoan.accounts;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ApiTokenRepository {

    private static final String COLUMNS = "t.id, t.account_id, a.email, t.name, t.scopes, t.created_at, t.expires_at,"
            + " t.last_used_at, t.revoked_at, t.revoked_by";

    private static final String BY_HASH = "SELECT " + COLUMNS + ", " + AccountRepository.columns("a")
            + " FROM api_tokens t JOIN accounts a ON a.id = t.account_id WHERE t.token_hash = ?";

    /** A token found by its hash, with its account, which the request then needs not read again. */
    record Found(ApiToken token, Account account) {}

    private final JdbcClient jdbc;

    ApiTokenRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long accountId, String name, String hash, Set<ApiScope> scopes, Instant now, Instant expiresAt) {
        return jdbc.sql("""
                        INSERT INTO api_tokens (account_id, name, token_hash, scopes, created_at, expires_at)
                        VALUES (?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(
                        accountId,
                        name,
                        hash,
                        scopes.stream().map(ApiScope::value).toArray(String[]::new),
                        AccountRepository.utc(now),
                        AccountRepository.utc(expiresAt))
                .query(Long.class)
                .single();
    }

    Optional<Found> byHash(String hash) {
        return jdbc.sql(BY_HASH)
                .param(hash)
                .query((rs, n) -> new Found(token(rs, n), AccountRepository.account(rs, "a_")))
                .optional();
    }

    Optional<ApiToken> byId(long id) {
        return jdbc.sql("SELECT " + COLUMNS
                        + " FROM api_tokens t JOIN accounts a ON a.id = t.account_id WHERE t.id = ?")
                .param(id)
                .query(ApiTokenRepository::token)
                .optional();
    }

    /** @param accountId null for every account's */
    List<ApiToken> list(Long accountId) {
        return jdbc.sql(
                        "SELECT " + COLUMNS + " FROM api_tokens t JOIN accounts a ON a.id = t.account_id"
                                + " WHERE (?::bigint IS NULL OR t.account_id = ?) ORDER BY t.revoked_at IS NOT NULL, t.created_at DESC")
                .params(accountId, accountId)
                .query(ApiTokenRepository::token)
                .list();
    }

    boolean revoke(long id, String actor, Instant at) {
        return jdbc.sql("UPDATE api_tokens SET revoked_at = ?, revoked_by = ? WHERE id = ? AND revoked_at IS NULL")
                        .params(AccountRepository.utc(at), actor, id)
                        .update()
                > 0;
    }

    void used(long id, Instant at) {
        jdbc.sql("UPDATE api_tokens SET last_used_at = ? WHERE id = ?")
                .params(AccountRepository.utc(at), id)
                .update();
    }

    private static ApiToken token(ResultSet rs, int n) throws SQLException {
        Set<ApiScope> scopes = EnumSet.noneOf(ApiScope.class);
        Array array = rs.getArray("scopes");
        for (Object value : (Object[]) array.getArray()) {
            scopes.add(ApiScope.of((String) value));
        }
        return new ApiToken(
                rs.getLong("id"),
                rs.getLong("account_id"),
                rs.getString("email"),
                rs.getString("name"),
                Set.copyOf(scopes),
                instant(rs, "created_at"),
                instant(rs, "expires_at"),
                instant(rs, "last_used_at"),
                instant(rs, "revoked_at"),
                rs.getString("revoked_by"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
