package vn.toasoan.media;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code media_images} rows: one per photo, with the widths and formats its files were written in. */
@Repository
class ImageRepository {

    private final JdbcClient jdbc;

    ImageRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Image image, String originalName, ImageStatus status, Instant createdAt) {
        jdbc.sql("""
                        INSERT INTO media_images (id, original_name, width, height, widths, status, created_at, formats)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        image.id(),
                        originalName,
                        image.width(),
                        image.height(),
                        image.widths().toArray(Integer[]::new),
                        status.name(),
                        OffsetDateTime.ofInstant(createdAt, ZoneOffset.UTC),
                        image.formats().stream().sorted().map(Enum::name).toArray(String[]::new))
                .update();
    }

    void keep(Collection<UUID> ids) {
        if (!ids.isEmpty()) {
            jdbc.sql("UPDATE media_images SET status = 'SAVED' WHERE id = ANY(?) AND status = 'PENDING'")
                    .param(ids.toArray(UUID[]::new))
                    .update();
        }
    }

    List<Image> deletePendingBefore(Instant cutoff) {
        return jdbc.sql("""
                        DELETE FROM media_images WHERE status = 'PENDING' AND created_at < ?
                        RETURNING id, width, height, widths, formats""")
                .param(OffsetDateTime.ofInstant(cutoff, ZoneOffset.UTC))
                .query((rs, n) -> image(rs))
                .list();
    }

    List<Image> delete(UUID id) {
        return jdbc.sql("DELETE FROM media_images WHERE id = ? RETURNING id, width, height, widths, formats")
                .param(id)
                .query((rs, n) -> image(rs))
                .list();
    }

    /** @return 0 when the photo has WebP copies already or is gone */
    int markWebp(UUID id) {
        return jdbc.sql("""
                        UPDATE media_images SET formats = array_append(formats, 'WEBP')
                        WHERE id = ? AND NOT ('WEBP' = ANY (formats))""").param(id).update();
    }

    List<Image> withoutWebp(UUID after, int limit) {
        return jdbc.sql("""
                        SELECT id, width, height, widths, formats FROM media_images
                        WHERE NOT ('WEBP' = ANY (formats)) AND id > ? ORDER BY id LIMIT ?""").params(after, limit).query((rs, n) -> image(rs)).list();
    }

    Map<UUID, Image> findAll(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc
                .sql("SELECT id, width, height, widths, formats FROM media_images WHERE id = ANY(?)")
                .param(ids.toArray(UUID[]::new))
                .query((rs, n) -> image(rs))
                .list()
                .stream()
                .collect(Collectors.toMap(Image::id, Function.identity()));
    }

    private static Image image(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Image(
                rs.getObject("id", UUID.class),
                rs.getInt("width"),
                rs.getInt("height"),
                List.of((Integer[]) rs.getArray("widths").getArray()),
                ImageFormat.of((String[]) rs.getArray("formats").getArray()));
    }
}
