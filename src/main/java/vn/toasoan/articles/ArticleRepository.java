package vn.toasoan.articles;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.toasoan.media.Image;

@Repository
class ArticleRepository {

    private static final String SUMMARY = """
            SELECT a.id, a.section_id, a.title, a.slug, a.sapo, a.published_at, a.updated_at,
                   lead.image_id, lead.width, lead.height, lead.widths, lead.alt
            FROM articles a
            LEFT JOIN LATERAL (
                SELECT m.id AS image_id, m.width, m.height, m.widths, f.alt
                FROM figures f JOIN media_images m ON m.id = f.image_id
                WHERE f.article_id = a.id
                ORDER BY f.position, f.id
                LIMIT 1) lead ON true
            """;

    private final JdbcClient jdbc;

    ArticleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Article> find(long id) {
        return jdbc.sql("""
                        SELECT id, section_id, title, slug, sapo, body, byline, seo_description, status,
                               published_at, updated_at, version
                        FROM articles WHERE id = ?""")
                .param(id)
                .query((rs, n) -> new Article(
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
                        figures(id),
                        tags(id),
                        corrections(id)))
                .optional();
    }

    List<Correction> corrections(long articleId) {
        return jdbc.sql("SELECT created_at, note FROM article_corrections WHERE article_id = ? ORDER BY created_at, id")
                .param(articleId)
                .query((rs, n) -> new Correction(instant(rs, "created_at"), rs.getString("note")))
                .list();
    }

    List<Figure> figures(long articleId) {
        return jdbc.sql("""
                        SELECT f.position, f.caption, f.credit, f.alt, m.id AS image_id, m.width, m.height, m.widths
                        FROM figures f LEFT JOIN media_images m ON m.id = f.image_id
                        WHERE f.article_id = ? ORDER BY f.position, f.id""")
                .param(articleId)
                .query((rs, n) -> new Figure(
                        rs.getInt("position"),
                        image(rs),
                        rs.getString("caption"),
                        rs.getString("credit"),
                        rs.getString("alt")))
                .list();
    }

    List<Tag> tags(long articleId) {
        return jdbc.sql("""
                        SELECT t.slug, t.name FROM tags t JOIN article_tags at ON at.tag_id = t.id
                        WHERE at.article_id = ? ORDER BY t.name""").param(articleId).query(Tag.class).list();
    }

    List<ArticleSummary> latestPublished(int limit, int offset) {
        return jdbc.sql(SUMMARY
                        + " WHERE a.status = 'PUBLISHED' ORDER BY a.published_at DESC, a.id DESC LIMIT ? OFFSET ?")
                .params(limit, offset)
                .query(ArticleRepository::summary)
                .list();
    }

    List<ArticleSummary> publishedInSection(long sectionId, int limit, int offset) {
        return jdbc.sql(SUMMARY + """
                         WHERE a.status = 'PUBLISHED' AND a.section_id = ?
                        ORDER BY a.published_at DESC, a.id DESC LIMIT ? OFFSET ?""")
                .params(sectionId, limit, offset)
                .query(ArticleRepository::summary)
                .list();
    }

    long countPublishedInSection(long sectionId) {
        return jdbc.sql("SELECT count(*) FROM articles WHERE status = 'PUBLISHED' AND section_id = ?")
                .param(sectionId)
                .query(Long.class)
                .single();
    }

    List<ArticleSummary> publishedWithTag(String tagSlug, int limit, int offset) {
        return jdbc.sql(SUMMARY + """
                         JOIN article_tags at ON at.article_id = a.id JOIN tags t ON t.id = at.tag_id
                        WHERE a.status = 'PUBLISHED' AND t.slug = ?
                        ORDER BY a.published_at DESC, a.id DESC LIMIT ? OFFSET ?""")
                .params(tagSlug, limit, offset)
                .query(ArticleRepository::summary)
                .list();
    }

    long countPublishedWithTag(String tagSlug) {
        return jdbc.sql("""
                        SELECT count(*) FROM articles a JOIN article_tags at ON at.article_id = a.id
                        JOIN tags t ON t.id = at.tag_id WHERE a.status = 'PUBLISHED' AND t.slug = ?""").param(tagSlug).query(Long.class).single();
    }

    Optional<Tag> tag(String slug) {
        return jdbc.sql("SELECT slug, name FROM tags WHERE slug = ?")
                .param(slug)
                .query(Tag.class)
                .optional();
    }

    /**
     * Among the section's latest 200 articles (a large archive must not make every cold article page slow): those
     * sharing more tags first, then the newest.
     */
    List<ArticleSummary> related(long articleId, long sectionId, int limit) {
        return jdbc.sql(SUMMARY + """
                         WHERE a.id IN (SELECT id FROM articles WHERE status = 'PUBLISHED' AND section_id = ? AND id <> ?
                                       ORDER BY published_at DESC LIMIT 200)
                        ORDER BY (SELECT count(*) FROM article_tags mine JOIN article_tags theirs
                                  ON theirs.tag_id = mine.tag_id
                                  WHERE mine.article_id = ? AND theirs.article_id = a.id) DESC,
                                 a.published_at DESC
                        LIMIT ?""")
                .params(sectionId, articleId, articleId, limit)
                .query(ArticleRepository::summary)
                .list();
    }

    /** Most views since {@code since}; articles without views fill the list, newest first. */
    List<ArticleSummary> mostRead(LocalDate since, Instant publishedAfter, int limit) {
        return jdbc.sql(SUMMARY + """
                         LEFT JOIN (SELECT article_id, sum(views) AS views FROM article_daily_views
                                    WHERE day >= ? GROUP BY article_id) v ON v.article_id = a.id
                        WHERE a.status = 'PUBLISHED' AND (v.views > 0 OR a.published_at >= ?)
                        ORDER BY coalesce(v.views, 0) DESC, a.published_at DESC
                        LIMIT ?""")
                .params(since, OffsetDateTime.ofInstant(publishedAfter, java.time.ZoneOffset.UTC), limit)
                .query(ArticleRepository::summary)
                .list();
    }

    List<Long> publishedIds() {
        return jdbc.sql("SELECT id FROM articles WHERE status = 'PUBLISHED' ORDER BY id")
                .query(Long.class)
                .list();
    }

    List<SitemapEntry> sitemap(Instant publishedSince, int limit) {
        return jdbc.sql("""
                        SELECT id, slug, title, published_at, updated_at FROM articles
                        WHERE status = 'PUBLISHED' AND published_at >= ?
                        ORDER BY published_at DESC, id DESC LIMIT ?""")
                .params(OffsetDateTime.ofInstant(publishedSince, java.time.ZoneOffset.UTC), limit)
                .query((rs, n) -> new SitemapEntry(
                        ArticleSummary.path(rs.getString("slug"), rs.getLong("id")),
                        rs.getString("title"),
                        instant(rs, "published_at"),
                        instant(rs, "updated_at")))
                .list();
    }

    Optional<Long> findPublishedByTitleAndTime(String title, Instant publishedAt) {
        return jdbc.sql("SELECT id FROM articles WHERE title = ? AND published_at = ?")
                .params(title, OffsetDateTime.ofInstant(publishedAt, java.time.ZoneOffset.UTC))
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
                        OffsetDateTime.ofInstant(article.publishedAt(), java.time.ZoneOffset.UTC),
                        OffsetDateTime.ofInstant(article.updatedAt(), java.time.ZoneOffset.UTC))
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

    static ArticleSummary summary(ResultSet rs, int rowNum) throws SQLException {
        return new ArticleSummary(
                rs.getLong("id"),
                rs.getLong("section_id"),
                rs.getString("title"),
                rs.getString("slug"),
                rs.getString("sapo"),
                instant(rs, "published_at"),
                instant(rs, "updated_at"),
                image(rs),
                rs.getString("alt"));
    }

    private static Image image(ResultSet rs) throws SQLException {
        UUID id = rs.getObject("image_id", UUID.class);
        if (id == null) {
            return null;
        }
        return new Image(id, rs.getInt("width"), rs.getInt("height"), List.of((Integer[])
                rs.getArray("widths").getArray()));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
