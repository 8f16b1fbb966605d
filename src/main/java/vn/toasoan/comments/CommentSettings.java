package vn.toasoan.comments;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.toasoan.attachments.Sizes;

/** Settings kept in the database, so that every node of the site shares them and an admin can change them. */
@Component
class CommentSettings {

    static final String NOTICE = "notice";
    private static final String FORM_SECRET = "form-token-secret";

    private final JdbcClient jdbc;
    private final MessageSource messages;
    private final CommentProperties properties;
    private final Clock clock;

    CommentSettings(JdbcClient jdbc, MessageSource messages, CommentProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.messages = messages;
        this.properties = properties;
        this.clock = clock;
    }

    Optional<String> get(String key) {
        return jdbc.sql("SELECT value FROM comment_settings WHERE key = ?")
                .param(key)
                .query(String.class)
                .optional();
    }

    void put(String key, String value, String actor) {
        jdbc.sql("""
                        INSERT INTO comment_settings (key, value, updated_by, updated_at) VALUES (?, ?, ?, ?)
                        ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, updated_by = EXCLUDED.updated_by,
                            updated_at = EXCLUDED.updated_at
                        """)
                .params(key, value, actor, java.sql.Timestamp.from(clock.instant()))
                .update();
    }

    /** The paper's own notice above the form, or until an admin writes one, the bundle's in this language. */
    String notice(Locale locale) {
        return get(NOTICE)
                .filter(s -> !s.isBlank())
                .orElseGet(() -> messages.getMessage(
                        "comments.notice.default",
                        new Object[] {Sizes.text(properties.maxAttachmentSize().toBytes(), locale)},
                        locale));
    }

    /** Shared by every node and kept across restarts, so a form served by one node is accepted by another. */
    byte[] formSecret() {
        return get(FORM_SECRET).map(Base64.getDecoder()::decode).orElseGet(() -> {
            byte[] secret = new byte[32];
            new SecureRandom().nextBytes(secret);
            jdbc.sql("INSERT INTO comment_settings (key, value, updated_by, updated_at) VALUES (?, ?, 'system', ?)"
                            + " ON CONFLICT (key) DO NOTHING")
                    .params(
                            FORM_SECRET,
                            Base64.getEncoder().encodeToString(secret),
                            java.sql.Timestamp.from(clock.instant()))
                    .update();
            return get(FORM_SECRET).map(Base64.getDecoder()::decode).orElseThrow();
        });
    }
}
