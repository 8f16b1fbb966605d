package vn.toasoan.newsroom;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.toasoan.articles.Listing;
import vn.toasoan.platform.AuditEvent;
import vn.toasoan.vietnamese.VietnameseText;

/**
 * Records every {@link AuditEvent} any feature publishes. It listens synchronously, so an entry is written in the same
 * transaction as the change it describes and the two stand or fall together.
 */
@Component
class AuditLog {

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    record Entry(
            long id, Instant at, String actor, String action, String targetType, String targetId, String details) {}

    /**
     * @param from inclusive, or null
     * @param to exclusive, or null
     */
    record Filter(
            String actor, String action, String targetType, String targetId, Instant from, Instant to, int page) {}

    @EventListener
    void record(AuditEvent event) {
        jdbc.sql("""
                        INSERT INTO audit_log (at, actor, action, target_type, target_id, details)
                        VALUES (?, ?, ?, ?, ?, ?)""")
                .params(
                        utc(clock.instant()),
                        text(event.actor(), 320),
                        text(event.action(), 100),
                        text(event.targetType(), 50),
                        text(event.targetId(), 320),
                        text(event.details(), 10_000))
                .update();
    }

    Listing<Entry> search(Filter filter, int pageSize) {
        var where = new StringBuilder(" WHERE true");
        List<Object> params = new ArrayList<>();
        if (!blank(filter.actor())) {
            where.append(" AND actor ILIKE ?");
            params.add("%" + filter.actor().strip() + "%");
        }
        if (!blank(filter.action())) {
            where.append(" AND action LIKE ?");
            params.add(filter.action().strip() + "%");
        }
        if (!blank(filter.targetType())) {
            where.append(" AND target_type = ?");
            params.add(filter.targetType().strip());
        }
        if (!blank(filter.targetId())) {
            where.append(" AND target_id = ?");
            params.add(filter.targetId().strip());
        }
        if (filter.from() != null) {
            where.append(" AND at >= ?");
            params.add(utc(filter.from()));
        }
        if (filter.to() != null) {
            where.append(" AND at < ?");
            params.add(utc(filter.to()));
        }
        long total = jdbc.sql("SELECT count(*) FROM audit_log" + where)
                .params(params)
                .query(Long.class)
                .single();
        int page = Math.max(1, filter.page());
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(pageSize);
        pageParams.add((page - 1) * pageSize);
        List<Entry> entries = jdbc.sql(
                        "SELECT * FROM audit_log" + where + " ORDER BY at DESC, id DESC LIMIT ? OFFSET ?")
                .params(pageParams)
                .query((rs, n) -> new Entry(
                        rs.getLong("id"),
                        rs.getObject("at", OffsetDateTime.class).toInstant(),
                        rs.getString("actor"),
                        rs.getString("action"),
                        rs.getString("target_type"),
                        rs.getString("target_id"),
                        rs.getString("details")))
                .list();
        return new Listing<>(entries, total, page, pageSize);
    }

    List<String> actions() {
        return jdbc.sql("SELECT DISTINCT action FROM audit_log ORDER BY action")
                .query(String.class)
                .list();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String text(String s, int max) {
        String clean = VietnameseText.nfc(s == null ? "" : s);
        return clean.length() > max ? clean.substring(0, max) : clean;
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
