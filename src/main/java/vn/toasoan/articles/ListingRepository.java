package vn.toasoan.articles;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The lists of published articles readers see: latest, by section, by tag, related, most read, and the sitemap. Each
 * list is one query, with the lead photo of every article in it.
 *
 * <p>Each list first picks the ids of the articles it shows, from the indexes alone where it can, and only then reads
 * those articles and looks up their lead photos: looked up before the {@code LIMIT}, the photos would be looked up for
 * every article skipped by an {@code OFFSET} or sorted away, which on an archive of a hundred thousand articles is most
 * of the time of a deep page.
 */
@Repository
class ListingRepository {

    /** The articles whose ids {@code shown} (a subquery with an {@code id} column) picks, with their lead photos. */
    private static String summaries(String shown) {
        return """
                SELECT a.id, a.section_id, a.title, a.slug, a.sapo, a.published_at, a.updated_at,
                       lead.image_id, lead.width, lead.height, lead.widths, lead.formats, lead.alt,
                       CASE WHEN lead.image_id = a.lead_image_id THEN a.lead_focus_x ELSE 50 END AS focus_x,
                       CASE WHEN lead.image_id = a.lead_image_id THEN a.lead_focus_y ELSE 50 END AS focus_y
                FROM (%s) shown
                JOIN articles a ON a.id = shown.id
                LEFT JOIN LATERAL (
                    SELECT m.id AS image_id, m.width, m.height, m.widths, m.formats, f.alt
                    FROM figures f JOIN media_images m ON m.id = f.image_id
                    WHERE f.article_id = a.id
                    ORDER BY f.image_id IS NOT DISTINCT FROM a.lead_image_id DESC, f.position, f.id
                    LIMIT 1) lead ON true
                """.formatted(shown);
    }

    private static final String NEWEST_FIRST = " ORDER BY " + order("a.", false);

    private static String order(String table, boolean oldestFirst) {
        String direction = oldestFirst ? "ASC" : "DESC";
        return table + "published_at " + direction + ", " + table + "id " + direction;
    }

    private final JdbcClient jdbc;

    ListingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ArticleSummary> latestPublished(int limit, int offset) {
        return jdbc.sql(summaries("""
                        SELECT id FROM articles WHERE status = 'PUBLISHED'
                        ORDER BY published_at DESC, id DESC LIMIT ? OFFSET ?""") + NEWEST_FIRST)
                .params(limit, offset)
                .query(ListingRepository::summary)
                .list();
    }

    /** @param oldestFirst whether {@code offset} counts from the oldest; the list is newest first either way */
    List<ArticleSummary> publishedInSection(long sectionId, int limit, int offset, boolean oldestFirst) {
        return jdbc.sql(summaries("""
                        SELECT id FROM articles WHERE status = 'PUBLISHED' AND section_id = ?
                        ORDER BY %s LIMIT ? OFFSET ?""".formatted(order("", oldestFirst))) + NEWEST_FIRST)
                .params(sectionId, limit, offset)
                .query(ListingRepository::summary)
                .list();
    }

    /** The published ones among {@code ids}, in no particular order; the others are left out. */
    List<ArticleSummary> publishedAmong(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(summaries("SELECT id FROM articles WHERE status = 'PUBLISHED' AND id = ANY(?::bigint[])"))
                .param(ids.toArray(Long[]::new))
                .query(ListingRepository::summary)
                .list();
    }

    long countPublishedInSection(long sectionId) {
        return jdbc.sql("SELECT count(*) FROM articles WHERE status = 'PUBLISHED' AND section_id = ?")
                .param(sectionId)
                .query(Long.class)
                .single();
    }

    /** @param oldestFirst whether {@code offset} counts from the oldest; the list is newest first either way */
    List<ArticleSummary> publishedWithTag(String tagSlug, int limit, int offset, boolean oldestFirst) {
        return jdbc.sql(summaries("""
                        SELECT a.id FROM articles a JOIN article_tags at ON at.article_id = a.id
                        JOIN tags t ON t.id = at.tag_id
                        WHERE a.status = 'PUBLISHED' AND t.slug = ?
                        ORDER BY %s LIMIT ? OFFSET ?""".formatted(order("a.", oldestFirst))) + NEWEST_FIRST)
                .params(tagSlug, limit, offset)
                .query(ListingRepository::summary)
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
     * A section's newest published articles, newest first, each with the slugs of its tags: what "Tin liên quan" picks
     * from, whatever the size of the archive.
     */
    List<RelatedCandidate> newestWithTags(long sectionId, int limit) {
        return jdbc.sql("SELECT shown.*, (SELECT array_agg(t.slug) FROM article_tags at JOIN tags t ON t.id = at.tag_id"
                        + " WHERE at.article_id = shown.id) AS tags FROM ("
                        + summaries("""
                                SELECT id FROM articles WHERE status = 'PUBLISHED' AND section_id = ?
                                ORDER BY published_at DESC, id DESC LIMIT ?""")
                        + ") shown ORDER BY shown.published_at DESC, shown.id DESC")
                .params(sectionId, limit)
                .query((rs, n) -> {
                    Array tags = rs.getArray("tags");
                    return new RelatedCandidate(
                            summary(rs, n), tags == null ? Set.of() : Set.of((String[]) tags.getArray()));
                })
                .list();
    }

    /**
     * Most views since {@code since}; articles without views fill the list, newest first. The two kinds are picked
     * apart, each from its own index, so that neither walks the whole archive.
     */
    List<ArticleSummary> mostRead(LocalDate since, Instant publishedAfter, int limit) {
        return jdbc.sql(summaries("""
                        SELECT id, max(views) AS views, max(published_at) AS published_at FROM (
                            (SELECT v.article_id AS id, sum(v.views) AS views, max(a.published_at) AS published_at
                             FROM article_daily_views v JOIN articles a ON a.id = v.article_id
                             WHERE v.day >= ? AND a.status = 'PUBLISHED'
                             GROUP BY v.article_id HAVING sum(v.views) > 0
                             ORDER BY views DESC, published_at DESC, id DESC LIMIT ?)
                            UNION ALL
                            (SELECT id, 0, published_at FROM articles
                             WHERE status = 'PUBLISHED' AND published_at >= ?
                             ORDER BY published_at DESC, id DESC LIMIT ?)) candidates
                        GROUP BY id
                        ORDER BY views DESC, published_at DESC, id DESC
                        LIMIT ?""") + " ORDER BY shown.views DESC, a.published_at DESC, a.id DESC")
                .params(since, limit, ArticleRepository.utc(publishedAfter), limit, limit)
                .query(ListingRepository::summary)
                .list();
    }

    /** Views over the last days, for the dashboard's "most read". */
    List<ReadCount> readCounts(LocalDate since, int limit) {
        return jdbc.sql("""
                        SELECT a.id, a.title, a.slug, sum(v.views) AS views
                        FROM article_daily_views v JOIN articles a ON a.id = v.article_id
                        WHERE v.day >= ? AND a.status = 'PUBLISHED'
                        GROUP BY a.id, a.title, a.slug ORDER BY views DESC, a.id DESC LIMIT ?""")
                .params(since, limit)
                .query((rs, n) -> new ReadCount(
                        rs.getLong("id"),
                        rs.getString("title"),
                        ArticleSummary.path(rs.getString("slug"), rs.getLong("id")),
                        rs.getLong("views")))
                .list();
    }

    List<SitemapEntry> sitemap(Instant publishedSince, int limit) {
        return jdbc.sql("""
                        SELECT id, slug, title, published_at, updated_at FROM articles
                        WHERE status = 'PUBLISHED' AND published_at >= ?
                        ORDER BY published_at DESC, id DESC LIMIT ?""")
                .params(ArticleRepository.utc(publishedSince), limit)
                .query((rs, n) -> new SitemapEntry(
                        ArticleSummary.path(rs.getString("slug"), rs.getLong("id")),
                        rs.getString("title"),
                        ArticleRepository.instant(rs, "published_at"),
                        ArticleRepository.instant(rs, "updated_at")))
                .list();
    }

    static ArticleSummary summary(ResultSet rs, int rowNum) throws SQLException {
        return new ArticleSummary(
                rs.getLong("id"),
                rs.getLong("section_id"),
                rs.getString("title"),
                rs.getString("slug"),
                rs.getString("sapo"),
                ArticleRepository.instant(rs, "published_at"),
                ArticleRepository.instant(rs, "updated_at"),
                ArticleRepository.image(rs),
                rs.getString("alt"),
                new LeadPhoto(null, rs.getInt("focus_x"), rs.getInt("focus_y")).objectPosition());
    }
}
