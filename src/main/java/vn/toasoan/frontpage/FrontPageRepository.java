package vn.toasoan.frontpage;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Pages and their slots: slot 0 is the lead, featured stories follow from 1. */
@Repository
class FrontPageRepository {

    static final String HOME = "home";

    private final JdbcClient jdbc;

    FrontPageRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static String page(Long sectionId) {
        return sectionId == null ? HOME : "section:" + sectionId;
    }

    Optional<Curation> find(String page) {
        var expiry = jdbc.sql("SELECT expires_at FROM front_pages WHERE page = ?")
                .param(page)
                .query((rs, n) -> Optional.ofNullable(rs.getObject("expires_at", OffsetDateTime.class)))
                .optional();
        if (expiry.isEmpty()) {
            return Optional.empty();
        }
        Long[] lead = {null};
        List<Long> featured = new ArrayList<>();
        jdbc.sql("SELECT slot, article_id FROM front_page_slots WHERE page = ? ORDER BY slot")
                .param(page)
                .query(rs -> {
                    if (rs.getInt("slot") == 0) {
                        lead[0] = rs.getLong("article_id");
                    } else {
                        featured.add(rs.getLong("article_id"));
                    }
                });
        return Optional.of(new Curation(
                lead[0], featured, expiry.get().map(OffsetDateTime::toInstant).orElse(null)));
    }

    void save(String page, Long sectionId, Curation curation, String by, Instant now) {
        jdbc.sql("""
                        INSERT INTO front_pages (page, section_id, expires_at, updated_at, updated_by)
                        VALUES (?, ?, ?, ?, ?)
                        ON CONFLICT (page) DO UPDATE SET expires_at = EXCLUDED.expires_at,
                            updated_at = EXCLUDED.updated_at, updated_by = EXCLUDED.updated_by""")
                .params(page, sectionId, utc(curation.expiresAt()), utc(now), by)
                .update();
        jdbc.sql("DELETE FROM front_page_slots WHERE page = ?").param(page).update();
        if (curation.lead() != null) {
            slot(page, 0, curation.lead());
        }
        for (int i = 0; i < curation.featured().size(); i++) {
            slot(page, i + 1, curation.featured().get(i));
        }
    }

    private void slot(String page, int slot, long articleId) {
        jdbc.sql("INSERT INTO front_page_slots (page, slot, article_id) VALUES (?, ?, ?)")
                .params(page, slot, articleId)
                .update();
    }

    void delete(String page) {
        jdbc.sql("DELETE FROM front_pages WHERE page = ?").param(page).update();
    }

    /** The pages an article is placed on. */
    List<String> pagesHolding(long articleId) {
        return jdbc.sql("SELECT DISTINCT page FROM front_page_slots WHERE article_id = ?")
                .param(articleId)
                .query(String.class)
                .list();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
