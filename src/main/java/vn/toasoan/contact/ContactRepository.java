package vn.toasoan.contact;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.toasoan.comments.ReaderFormDefences;

/** Readers' letters, and what a sender sent lately for the form's limits. */
@Repository
class ContactRepository implements ReaderFormDefences.SenderHistory {

    private static final String COLUMNS =
            "id, name, email, phone, subject, message, flags, status, received_at, handled_by, handled_at";

    record NewMessage(
            String name,
            String email,
            String phone,
            String subject,
            String message,
            List<String> flags,
            String ipKey,
            String fingerprint,
            Instant at) {}

    private final JdbcClient jdbc;

    ContactRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One letter at a time, on every node: the limits are checked and the letter written as one step. */
    void lockSenders() {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('contact_messages'))")
                .query((rs, n) -> 1)
                .list();
    }

    long insert(NewMessage m) {
        return jdbc.sql("""
                        INSERT INTO contact_messages (name, email, phone, subject, message, flags, ip_key,
                            fingerprint, received_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(
                        m.name(),
                        m.email(),
                        m.phone(),
                        m.subject(),
                        m.message(),
                        m.flags().toArray(String[]::new),
                        m.ipKey(),
                        m.fingerprint(),
                        Timestamp.from(m.at()))
                .query(Long.class)
                .single();
    }

    Optional<ContactMessage> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM contact_messages WHERE id = ?")
                .param(id)
                .query(ContactRepository::message)
                .optional();
    }

    List<ContactMessage> list(ContactStatus status, int limit, int offset) {
        return jdbc.sql("SELECT " + COLUMNS
                        + " FROM contact_messages WHERE status = ? ORDER BY received_at DESC, id DESC LIMIT ? OFFSET ?")
                .params(status.name(), limit, offset)
                .query(ContactRepository::message)
                .list();
    }

    long count(ContactStatus status) {
        return jdbc.sql("SELECT count(*) FROM contact_messages WHERE status = ?")
                .param(status.name())
                .query(Long.class)
                .single();
    }

    boolean markHandled(long id, String actor, Instant at) {
        return jdbc.sql("""
                        UPDATE contact_messages SET status = 'HANDLED', handled_by = ?, handled_at = ?
                        WHERE id = ? AND status = 'NEW'""").params(actor, Timestamp.from(at), id).update() == 1;
    }

    /** The same text from the same e-mail or address since a time: a second click on "Gửi". */
    boolean sentBy(String fingerprint, String email, String ipKey, Instant since) {
        return jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM contact_messages WHERE fingerprint = ? AND received_at > ?
                            AND (email = ? OR ip_key = ?))""")
                .params(fingerprint, Timestamp.from(since), email, ipKey)
                .query(Boolean.class)
                .single();
    }

    @Override
    public Optional<Instant> latestSince(boolean byEmail, String value, Instant since) {
        return jdbc.sql("SELECT max(received_at) AS latest FROM contact_messages WHERE "
                        + (byEmail ? "email" : "ip_key") + " = ? AND received_at > ?")
                .params(value, Timestamp.from(since))
                .query((rs, n) -> {
                    Timestamp latest = rs.getTimestamp("latest");
                    return latest == null ? null : latest.toInstant();
                })
                .optional();
    }

    @Override
    public long countSince(boolean byEmail, String value, Instant since) {
        return jdbc.sql("SELECT count(*) FROM contact_messages WHERE " + (byEmail ? "email" : "ip_key")
                        + " = ? AND received_at > ?")
                .params(value, Timestamp.from(since))
                .query(Long.class)
                .single();
    }

    private static ContactMessage message(ResultSet rs, int n) throws SQLException {
        Array flags = rs.getArray("flags");
        Timestamp handledAt = rs.getTimestamp("handled_at");
        return new ContactMessage(
                rs.getLong("id"),
                rs.getString("name"),
                rs.getString("email"),
                rs.getString("phone"),
                rs.getString("subject"),
                rs.getString("message"),
                flags == null ? List.of() : Arrays.asList((String[]) flags.getArray()),
                ContactStatus.valueOf(rs.getString("status")),
                rs.getTimestamp("received_at").toInstant(),
                rs.getString("handled_by"),
                handledAt == null ? null : handledAt.toInstant());
    }
}
