package vn.toasoan.articles;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.toasoan.media.Image;
import vn.toasoan.media.ImageFormat;

/**
 * Whole articles, with their figures, tags and corrections. However many articles are read at once, and however many
 * figures and tags they have, a read takes the same four queries: one for the articles, one for each of the three.
 */
@Repository
class ArticleRepository {

    private static final String COLUMNS = """
            SELECT id, section_id, title, slug, sapo, body, byline, seo_description, status,
                   published_at, updated_at, version, lead_image_id, lead_focus_x, lead_focus_y
            FROM articles""";

    private final JdbcClient jdbc;

    ArticleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Article> find(long id) {
        return findAll(List.of(id)).stream().findFirst();
    }

    /** The articles that exist among {@code ids}, in the order of {@code ids}. */
    List<Article> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Row> rows = new HashMap<>();
        jdbc.sql(COLUMNS + " WHERE id = ANY(?::bigint[])")
                .param(ids.toArray(Long[]::new))
                .query(ArticleRepository::row)
                .list()
                .forEach(row -> rows.put(row.id(), row));
        List<Row> ordered = new ArrayList<>();
        for (long id : ids) {
            Row row = rows.get(id);
            if (row != null && !ordered.contains(row)) {
                ordered.add(row);
            }
        }
        return complete(ordered);
    }

    /** Published articles after {@code afterId}, by id: one step of a walk through all of them. */
    List<Article> publishedAfter(long afterId, int limit) {
        return complete(jdbc.sql(COLUMNS + " WHERE status = 'PUBLISHED' AND id > ? ORDER BY id LIMIT ?")
                .params(afterId, limit)
                .query(ArticleRepository::row)
                .list());
    }

    private List<Article> complete(List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Long[] ids = rows.stream().map(Row::id).toArray(Long[]::new);
        Map<Long, List<Figure>> figures = figures(ids);
        Map<Long, List<Tag>> tags = tags(ids);
        Map<Long, List<Correction>> corrections = corrections(ids);
        return rows.stream()
                .map(r -> new Article(
                        r.id(),
                        r.sectionId(),
                        r.title(),
                        r.slug(),
                        r.sapo(),
                        r.body(),
                        r.byline(),
                        r.seoDescription(),
                        r.status(),
                        r.publishedAt(),
                        r.updatedAt(),
                        r.version(),
                        figures.getOrDefault(r.id(), List.of()),
                        tags.getOrDefault(r.id(), List.of()),
                        corrections.getOrDefault(r.id(), List.of()),
                        r.lead()))
                .toList();
    }

    private Map<Long, List<Figure>> figures(Long[] articleIds) {
        Map<Long, List<Figure>> figures = new HashMap<>();
        jdbc.sql("""
                        SELECT f.article_id, f.position, f.caption, f.credit, f.alt,
                               m.id AS image_id, m.width, m.height, m.widths, m.formats
                        FROM figures f LEFT JOIN media_images m ON m.id = f.image_id
                        WHERE f.article_id = ANY(?::bigint[]) ORDER BY f.article_id, f.position, f.id""").param(articleIds).query(rs -> {
            figures.computeIfAbsent(rs.getLong("article_id"), id -> new ArrayList<>())
                    .add(new Figure(
                            rs.getInt("position"),
                            image(rs),
                            rs.getString("caption"),
                            rs.getString("credit"),
                            rs.getString("alt")));
        });
        return figures;
    }

    private Map<Long, List<Tag>> tags(Long[] articleIds) {
        Map<Long, List<Tag>> tags = new HashMap<>();
        jdbc.sql("""
                        SELECT at.article_id, t.slug, t.name FROM tags t JOIN article_tags at ON at.tag_id = t.id
                        WHERE at.article_id = ANY(?::bigint[]) ORDER BY at.article_id, t.name""").param(articleIds).query(rs -> {
            tags.computeIfAbsent(rs.getLong("article_id"), id -> new ArrayList<>())
                    .add(new Tag(rs.getString("slug"), rs.getString("name")));
        });
        return tags;
    }

    private Map<Long, List<Correction>> corrections(Long[] articleIds) {
        Map<Long, List<Correction>> corrections = new HashMap<>();
        jdbc.sql("""
                        SELECT article_id, created_at, note FROM article_corrections
                        WHERE article_id = ANY(?::bigint[]) ORDER BY article_id, created_at, id""").param(articleIds).query(rs -> {
            corrections
                    .computeIfAbsent(rs.getLong("article_id"), id -> new ArrayList<>())
                    .add(new Correction(instant(rs, "created_at"), rs.getString("note")));
        });
        return corrections;
    }

    Optional<Long> findPublishedByTitleAndTime(String title, Instant publishedAt) {
        return jdbc.sql("SELECT id FROM articles WHERE title = ? AND published_at = ?")
                .params(title, utc(publishedAt))
                .query(Long.class)
                .optional();
    }

    long insertPublished(NewArticle article, String slug, String body) {
        long id = jdbc.sql("""
                        INSERT INTO articles (section_id, title, slug, sapo, body, byline, status, published_at,
                                              updated_at)
                        VALUES (?, ?, ?, ?, ?, ?, 'PUBLISHED', ?, ?) RETURNING id""")
                .params(
                        article.sectionId(),
                        article.title(),
                        slug,
                        article.sapo(),
                        body,
                        article.byline(),
                        utc(article.publishedAt()),
                        utc(article.updatedAt()))
                .query(Long.class)
                .single();
        for (NewArticle.NewFigure figure : article.figures()) {
            jdbc.sql("""
                            INSERT INTO figures (article_id, position, image_id, caption, credit, alt)
                            VALUES (?, ?, ?, ?, ?, ?)""")
                    .params(id, figure.position(), figure.imageId(), figure.caption(), figure.credit(), figure.alt())
                    .update();
        }
        return id;
    }

    void tag(long articleId, String slug, String name) {
        jdbc.sql("INSERT INTO tags (slug, name) VALUES (?, ?) ON CONFLICT (slug) DO NOTHING")
                .params(slug, name)
                .update();
        jdbc.sql("""
                        INSERT INTO article_tags (article_id, tag_id) SELECT ?, id FROM tags WHERE slug = ?
                        ON CONFLICT DO NOTHING""").params(articleId, slug).update();
    }

    /** The columns of {@code articles} itself, before figures, tags and corrections join them. */
    private record Row(
            long id,
            long sectionId,
            String title,
            String slug,
            String sapo,
            String body,
            String byline,
            String seoDescription,
            ArticleStatus status,
            Instant publishedAt,
            Instant updatedAt,
            int version,
            LeadPhoto lead) {}

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(
                rs.getLong("id"),
                rs.getLong("section_id"),
                rs.getString("title"),
                rs.getString("slug"),
                rs.getString("sapo"),
                rs.getString("body"),
                rs.getString("byline"),
                rs.getString("seo_description"),
                ArticleStatus.valueOf(rs.getString("status")),
                instant(rs, "published_at"),
                instant(rs, "updated_at"),
                rs.getInt("version"),
                new LeadPhoto(
                        rs.getObject("lead_image_id", UUID.class),
                        rs.getInt("lead_focus_x"),
                        rs.getInt("lead_focus_y")));
    }

    static Image image(ResultSet rs) throws SQLException {
        UUID id = rs.getObject("image_id", UUID.class);
        if (id == null) {
            return null;
        }
        return new Image(
                id,
                rs.getInt("width"),
                rs.getInt("height"),
                List.of((Integer[]) rs.getArray("widths").getArray()),
                ImageFormat.of((String[]) rs.getArray("formats").getArray()));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
