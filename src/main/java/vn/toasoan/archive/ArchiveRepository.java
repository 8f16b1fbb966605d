package vn.toasoan.archive;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What import-archive remembers between runs: the sources imported, an export's attachments, the photos stored. */
@Repository
class ArchiveRepository {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    ArchiveRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** Those of {@code sources} already imported. */
    Set<String> imported(Collection<String> sources) {
        if (sources.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("SELECT source FROM archive_sources WHERE source = ANY(?)")
                .param(sources.toArray(String[]::new))
                .query(String.class)
                .list());
    }

    /** In the transaction that inserts the articles. */
    void recordSources(List<String> sources, List<Long> articleIds) {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            rows.add(new Object[] {sources.get(i), articleIds.get(i)});
        }
        batch.batchUpdate(
                "INSERT INTO archive_sources (source, article_id) VALUES (?, ?) ON CONFLICT (source) DO NOTHING", rows);
    }

    record Attachment(long id, String url, String caption) {}

    void rememberAttachments(String site, List<Attachment> attachments) {
        List<Object[]> rows = new ArrayList<>();
        for (Attachment a : attachments) {
            rows.add(new Object[] {site, a.id(), a.url(), a.caption()});
        }
        batch.batchUpdate("""
                INSERT INTO archive_attachments (site, wp_id, url, caption) VALUES (?, ?, ?, ?)
                ON CONFLICT (site, wp_id) DO UPDATE SET url = EXCLUDED.url, caption = EXCLUDED.caption""", rows);
    }

    Map<Long, Attachment> attachments(String site, Collection<Long> ids) {
        Map<Long, Attachment> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        jdbc.sql("SELECT wp_id, url, caption FROM archive_attachments WHERE site = ? AND wp_id = ANY(?)")
                .params(site, ids.toArray(Long[]::new))
                .query((rs, n) -> new Attachment(rs.getLong(1), rs.getString(2), rs.getString(3)))
                .list()
                .forEach(a -> found.put(a.id(), a));
        return found;
    }

    Optional<UUID> imageAt(String url) {
        return jdbc.sql("SELECT image_id FROM archive_images WHERE url = ?")
                .param(url)
                .query(UUID.class)
                .optional();
    }

    void rememberImage(String url, UUID imageId) {
        jdbc.sql("INSERT INTO archive_images (url, image_id) VALUES (?, ?) ON CONFLICT (url) DO NOTHING")
                .params(url, imageId)
                .update();
    }
}
