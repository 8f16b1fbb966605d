package vn.toasoan.accounts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class AccountRepository {

    private static final String COLUMNS =
            "id, email, display_name, role, status, password_state, created_at, last_login_at, credentials_version";

    private final JdbcClient jdbc;

    AccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Account> byEmail(String email) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM accounts WHERE email = ?")
                .param(email)
                .query(AccountRepository::account)
                .optional();
    }

    Optional<Account> byId(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM accounts WHERE id = ?")
                .param(id)
                .query(AccountRepository::account)
                .optional();
    }

    Optional<String> passwordHash(String email) {
        return jdbc.sql("SELECT password_hash FROM accounts WHERE email = ?")
                .param(email)
                .query(String.class)
                .optional();
    }

    List<Account> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM accounts ORDER BY status, role DESC, display_name")
                .query(AccountRepository::account)
                .list();
    }

    long count() {
        return jdbc.sql("SELECT count(*) FROM accounts").query(Long.class).single();
    }

    long countActiveAdmins() {
        return jdbc.sql("SELECT count(*) FROM accounts WHERE role = 'ADMIN' AND status = 'ACTIVE'")
                .query(Long.class)
                .single();
    }

    long insert(String email, String displayName, String hash, Role role, PasswordState state, Instant now) {
        return jdbc.sql("""
                        INSERT INTO accounts (email, display_name, password_hash, role, password_state, created_at)
                        VALUES (?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(email, displayName, hash, role.name(), state.name(), utc(now))
                .query(Long.class)
                .single();
    }

    void update(long id, String displayName, Role role, AccountStatus status) {
        jdbc.sql("UPDATE accounts SET display_name = ?, role = ?, status = ? WHERE id = ?")
                .params(displayName, role.name(), status.name(), id)
                .update();
    }

    void setPassword(long id, String hash, PasswordState state) {
        jdbc.sql(
                        "UPDATE accounts SET password_hash = ?, password_state = ?, credentials_version = credentials_version + 1"
                                + " WHERE id = ?")
                .params(hash, state.name(), id)
                .update();
    }

    void loggedIn(String email, Instant at) {
        jdbc.sql("UPDATE accounts SET last_login_at = ? WHERE email = ?")
                .params(utc(at), email)
                .update();
    }

    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Account account(ResultSet rs, int row) throws SQLException {
        return account(rs, "");
    }

    /** The account's columns, each named with this prefix where a join has other columns of the same names. */
    static Account account(ResultSet rs, String prefix) throws SQLException {
        OffsetDateTime lastLogin = rs.getObject(prefix + "last_login_at", OffsetDateTime.class);
        return new Account(
                rs.getLong(prefix + "id"),
                rs.getString(prefix + "email"),
                rs.getString(prefix + "display_name"),
                Role.valueOf(rs.getString(prefix + "role")),
                AccountStatus.valueOf(rs.getString(prefix + "status")),
                PasswordState.valueOf(rs.getString(prefix + "password_state")),
                rs.getObject(prefix + "created_at", OffsetDateTime.class).toInstant(),
                lastLogin == null ? null : lastLogin.toInstant(),
                rs.getInt(prefix + "credentials_version"));
    }

    /** {@link #COLUMNS} of the accounts table joined as {@code alias}, each named with the prefix {@code alias_}. */
    static String columns(String alias) {
        return Arrays.stream(COLUMNS.split(",\\s*"))
                .map(column -> alias + "." + column + " AS " + alias + "_" + column)
                .collect(Collectors.joining(", "));
    }
}
