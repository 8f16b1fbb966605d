package vn.toasoan.articles;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.toasoan.media.Image;
import vn.toasoan.media.ImageFormat;

/**
 * Whole articles, with their figures, tags and corrections. However many articles are read at once, and however many
 * figures and tags they have, a read is one statement: the figures, tags and corrections come with each article as
 * arrays, since an article page nobody has read for a while (a crawler walking the archive) pays for every
 * round trip to the database.
 */
@Repository
class ArticleRepository {

    private static final String COLUMNS = """
            SELECT a.id, a.section_id, a.title, a.slug, a.sapo, a.body, a.byline, a.seo_description, a.status,
                   a.published_at, a.updated_at, a.version, a.lead_image_id, a.lead_focus_x, a.lead_focus_y,
                   (SELECT json_agg(json_build_object(
                               'position', f.position, 'caption', f.caption, 'credit', f.credit, 'alt', f.alt,
                               'imageId', m.id, 'width', m.width, 'height', m.height, 'widths', m.widths,
                               'formats', m.formats) ORDER BY f.position, f.id)
                    FROM figures f LEFT JOIN media_images m ON m.id = f.image_id
                    WHERE f.article_id = a.id) AS figures,
                   ARRAY(SELECT t.slug FROM tags t JOIN article_tags at ON at.tag_id = t.id
                         WHERE at.article_id = a.id ORDER BY t.name, t.slug) AS tag_slugs,
                   ARRAY(SELECT t.name FROM tags t JOIN article_tags at ON at.tag_id = t.id
                         WHERE at.article_id = a.id ORDER BY t.name, t.slug) AS tag_names,
                   (SELECT json_agg(json_build_object('createdAt', c.created_at, 'note', c.note)
                               ORDER BY c.created_at, c.id)
                    FROM article_corrections c WHERE c.article_id = a.id) AS corrections
            FROM articles a""";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<FigureRow>> FIGURES = new TypeReference<>() {};
    private static final TypeReference<List<CorrectionRow>> CORRECTIONS = new TypeReference<>() {};

    private final JdbcClient jdbc;

    ArticleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** By its id alone, which PostgreSQL plans once for all articles; a list of ids is planned for each list. */
    Optional<Article> find(long id) {
        return jdbc.sql(COLUMNS + " WHERE a.id = ?")
                .param(id)
                .query(ArticleRepository::article)
                .optional();
    }

    /** The articles that exist among {@code ids}, in the order of {@code ids}. */
    List<Article> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Article> found = new HashMap<>();
        jdbc.sql(COLUMNS + " WHERE a.id = ANY(?::bigint[])")
                .param(ids.toArray(Long[]::new))
                .query(ArticleRepository::article)
                .list()
                .forEach(article -> found.put(article.id(), article));
        List<Article> ordered = new ArrayList<>();
        for (long id : new LinkedHashSet<>(ids)) {
            Article article = found.get(id);
            if (article != null) {
                ordered.add(article);
            }
        }
        return ordered;
    }

    /** Published articles after {@code afterId}, by id: one step of a walk through all of them. */
    List<Article> publishedAfter(long afterId, int limit) {
        return jdbc.sql(COLUMNS + " WHERE a.status = 'PUBLISHED' AND a.id > ? ORDER BY a.id LIMIT ?")
                .params(afterId, limit)
                .query(ArticleRepository::article)
                .list();
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

    /** A figure as the statement gives it, its image's columns beside its own. */
    private record FigureRow(
            int position,
            String caption,
            String credit,
            String alt,
            UUID imageId,
            Integer width,
            Integer height,
            List<Integer> widths,
            String[] formats) {

        Figure figure() {
            Image image = imageId == null
                    ? null
                    : new Image(imageId, width, height, List.copyOf(widths), ImageFormat.of(formats));
            return new Figure(position, image, caption, credit, alt);
        }
    }

    private record CorrectionRow(OffsetDateTime createdAt, String note) {}

    private static Article article(ResultSet rs, int n) throws SQLException {
        return new Article(
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
                json(rs, "figures", FIGURES).stream().map(FigureRow::figure).toList(),
                tags(rs),
                json(rs, "corrections", CORRECTIONS).stream()
                        .map(c -> new Correction(c.createdAt().toInstant(), c.note()))
                        .toList(),
                new LeadPhoto(
                        rs.getObject("lead_image_id", UUID.class),
                        rs.getInt("lead_focus_x"),
                        rs.getInt("lead_focus_y")));
    }

    private static List<Tag> tags(ResultSet rs) throws SQLException {
        String[] slugs = (String[]) rs.getArray("tag_slugs").getArray();
        String[] names = (String[]) rs.getArray("tag_names").getArray();
        List<Tag> tags = new ArrayList<>(slugs.length);
        for (int i = 0; i < slugs.length; i++) {
            tags.add(new Tag(slugs[i], names[i]));
        }
        return tags;
    }

    /** A JSON array the statement aggregated, empty when there was nothing to aggregate. */
    private static <T> List<T> json(ResultSet rs, String column, TypeReference<List<T>> type) throws SQLException {
        String json = rs.getString(column);
        return json == null ? List.of() : JSON.readValue(json, type);
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
