package vn.toasoan.masthead;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The one row of the masthead, and the logo and icon as uploaded. Kept in the database, which every node shares. */
@Repository
class MastheadRepository {

    enum Kind {
        LOGO,
        ICON
    }

    /** The stored text; blank where nothing was filled in. */
    record Row(
            String siteName,
            String description,
            String governingBody,
            String licence,
            String editorInChief,
            String deputies,
            String address,
            String phone,
            String email,
            String hotline,
            String advertising) {

        static final Row EMPTY = new Row("", "", "", "", "", "", "", "", "", "", "");
    }

    /** A stored PNG. */
    record Picture(byte[] png, int width, int height, Instant updatedAt) {}

    private final JdbcClient jdbc;

    MastheadRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Row row() {
        return jdbc.sql("""
                        SELECT site_name, description, governing_body, licence, editor_in_chief, deputies, address,
                            phone, email, hotline, advertising
                        FROM masthead""")
                .query((rs, n) -> new Row(
                        rs.getString("site_name"),
                        rs.getString("description"),
                        rs.getString("governing_body"),
                        rs.getString("licence"),
                        rs.getString("editor_in_chief"),
                        rs.getString("deputies"),
                        rs.getString("address"),
                        rs.getString("phone"),
                        rs.getString("email"),
                        rs.getString("hotline"),
                        rs.getString("advertising")))
                .optional()
                .orElse(Row.EMPTY);
    }

    void save(Row row, String actor, Instant at) {
        jdbc.sql("""
                        INSERT INTO masthead (singleton, site_name, description, governing_body, licence,
                            editor_in_chief, deputies, address, phone, email, hotline, advertising, updated_by,
                            updated_at)
                        VALUES (true, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (singleton) DO UPDATE SET site_name = EXCLUDED.site_name,
                            description = EXCLUDED.description, governing_body = EXCLUDED.governing_body,
                            licence = EXCLUDED.licence, editor_in_chief = EXCLUDED.editor_in_chief,
                            deputies = EXCLUDED.deputies, address = EXCLUDED.address, phone = EXCLUDED.phone,
                            email = EXCLUDED.email, hotline = EXCLUDED.hotline, advertising = EXCLUDED.advertising,
                            updated_by = EXCLUDED.updated_by, updated_at = EXCLUDED.updated_at""")
                .params(
                        row.siteName(),
                        row.description(),
                        row.governingBody(),
                        row.licence(),
                        row.editorInChief(),
                        row.deputies(),
                        row.address(),
                        row.phone(),
                        row.email(),
                        row.hotline(),
                        row.advertising(),
                        actor,
                        Timestamp.from(at))
                .update();
    }

    Optional<Picture> picture(Kind kind) {
        return jdbc.sql("SELECT png, width, height, updated_at FROM masthead_images WHERE kind = ?")
                .param(kind.name())
                .query((rs, n) -> new Picture(
                        rs.getBytes("png"),
                        rs.getInt("width"),
                        rs.getInt("height"),
                        rs.getTimestamp("updated_at").toInstant()))
                .optional();
    }

    /** When each picture last changed, without reading its bytes. */
    Optional<Instant> pictureChanged(Kind kind) {
        return jdbc.sql("SELECT updated_at FROM masthead_images WHERE kind = ?")
                .param(kind.name())
                .query((rs, n) -> rs.getTimestamp("updated_at").toInstant())
                .optional();
    }

    Optional<int[]> pictureSize(Kind kind) {
        return jdbc.sql("SELECT width, height FROM masthead_images WHERE kind = ?")
                .param(kind.name())
                .query((rs, n) -> new int[] {rs.getInt("width"), rs.getInt("height")})
                .optional();
    }

    void savePicture(Kind kind, byte[] png, int width, int height, String actor, Instant at) {
        jdbc.sql("""
                        INSERT INTO masthead_images (kind, png, width, height, updated_by, updated_at)
                        VALUES (?, ?, ?, ?, ?, ?)
                        ON CONFLICT (kind) DO UPDATE SET png = EXCLUDED.png, width = EXCLUDED.width,
                            height = EXCLUDED.height, updated_by = EXCLUDED.updated_by,
                            updated_at = EXCLUDED.updated_at""")
                .params(kind.name(), png, width, height, actor, Timestamp.from(at))
                .update();
    }

    void deletePicture(Kind kind) {
        jdbc.sql("DELETE FROM masthead_images WHERE kind = ?")
                .param(kind.name())
                .update();
    }
}
