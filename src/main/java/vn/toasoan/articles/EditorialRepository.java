package vn.toasoan.articles;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The newsroom's reads and writes of articles: drafts, saves, moves, corrections. Revisions: {@link RevisionRepository}. */
@Repository
class EditorialRepository {

    private final JdbcClient jdbc;
    private final ArticleRepository articles;

    EditorialRepository(JdbcClient jdbc, ArticleRepository articles) {
        this.jdbc = jdbc;
        this.articles = articles;
    }

    Optional<WorkingArticle> find(long id) {
        return findAll(List.of(id)).stream().findFirst();
    }

    /** In the order of {@code ids}: the articles themselves, then who wrote and changed them, in one query. */
    List<WorkingArticle> findAll(Collection<Long> ids) {
        List<Article> found = articles.findAll(ids);
        if (found.isEmpty()) {
            return List.of();
        }
        Map<Long, Desk> desks = new HashMap<>();
        jdbc.sql("""
                        SELECT a.id, a.author_id, coalesce(acc.display_name, '') AS author_name, a.created_at,
                               a.modified_at, a.modified_by, a.scheduled_at
                        FROM articles a LEFT JOIN accounts acc ON acc.id = a.author_id
                        WHERE a.id = ANY(?::bigint[])""")
                .param(found.stream().map(Article::id).toArray(Long[]::new))
                .query(rs -> {
                    desks.put(
                            rs.getLong("id"),
                            new Desk(
                                    (Long) rs.getObject("author_id"),
                                    rs.getString("author_name"),
                                    instant(rs, "created_at"),
                                    instant(rs, "modified_at"),
                                    rs.getString("modified_by"),
                                    instant(rs, "scheduled_at")));
                });
        List<WorkingArticle> working = new ArrayList<>();
        for (Article article : found) {
            Desk d = desks.get(article.id());
            if (d != null) {
                working.add(new WorkingArticle(
                        article,
                        d.authorId(),
                        d.authorName(),
                        d.createdAt(),
                        d.modifiedAt(),
                        d.modifiedBy(),
                        d.scheduledAt()));
            }
        }
        return working;
    }

    /** What the newsroom keeps about an article beside its content. */
    private record Desk(
            Long authorId,
            String authorName,
            Instant createdAt,
            Instant modifiedAt,
            String modifiedBy,
            Instant scheduledAt) {}

    boolean inTrash(long id) {
        return jdbc.sql("SELECT deleted_at IS NOT NULL FROM articles WHERE id = ?")
                .param(id)
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    long insertDraft(CleanArticle content, long authorId, String by, Instant now) {
        long id = jdbc.sql("""
                        INSERT INTO articles (section_id, title, slug, sapo, body, byline, seo_description, status,
                                              author_id, created_at, modified_at, modified_by)
                        VALUES (?, ?, ?, ?, ?, ?, ?, 'DRAFT', ?, ?, ?, ?) RETURNING id""")
                .params(
                        content.sectionId(),
                        content.title(),
                        content.slug(),
                        content.sapo(),
                        content.body(),
                        content.byline(),
                        content.seoDescription(),
                        authorId,
                        utc(now),
                        utc(now),
                        by)
                .query(Long.class)
                .single();
        replaceFiguresAndTags(id, content);
        return id;
    }

    /** @return false when the article's version is no longer {@code expectedVersion}: someone else saved first */
    boolean update(long id, int expectedVersion, CleanArticle content, String by, Instant now, boolean publicChange) {
        int rows = jdbc.sql("""
                        UPDATE articles SET section_id = ?, title = ?, slug = ?, sapo = ?, body = ?, byline = ?,
                               seo_description = ?, modified_at = ?, modified_by = ?, version = version + 1,
                               updated_at = CASE WHEN ? THEN ? ELSE updated_at END
                        WHERE id = ? AND version = ?""")
                .params(
                        content.sectionId(),
                        content.title(),
                        content.slug(),
                        content.sapo(),
                        content.body(),
                        content.byline(),
                        content.seoDescription(),
                        utc(now),
                        by,
                        publicChange,
                        utc(now),
                        id,
                        expectedVersion)
                .update();
        if (rows == 0) {
            return false;
        }
        replaceFiguresAndTags(id, content);
        return true;
    }

    /** @return false when the article's version is no longer {@code expectedVersion} */
    boolean move(
            long id,
            int expectedVersion,
            ArticleStatus status,
            Instant publishedAt,
            Instant updatedAt,
            Instant scheduledAt,
            String by,
            Instant now) {
        return jdbc.sql("""
                                UPDATE articles SET status = ?, published_at = ?, updated_at = ?, scheduled_at = ?,
                                       modified_at = ?, modified_by = ?, version = version + 1
                                WHERE id = ? AND version = ?""")
                        .params(
                                status.name(),
                                utc(publishedAt),
                                utc(updatedAt),
                                utc(scheduledAt),
                                utc(now),
                                by,
                                id,
                                expectedVersion)
                        .update()
                == 1;
    }

    void touchPublic(long id, String by, Instant now) {
        jdbc.sql("""
                        UPDATE articles SET updated_at = ?, modified_at = ?, modified_by = ?, version = version + 1
                        WHERE id = ?""").params(utc(now), utc(now), by, id).update();
    }

    /** Due scheduled articles, locked so that two application nodes never publish the same one. */
    List<Long> lockDueScheduled(Instant now) {
        return jdbc.sql("""
                        SELECT id FROM articles WHERE status = 'SCHEDULED' AND scheduled_at <= ?
                        ORDER BY scheduled_at LIMIT 100 FOR UPDATE SKIP LOCKED""").param(utc(now)).query(Long.class).list();
    }

    void addCorrection(long articleId, String note, Instant at, String by) {
        jdbc.sql("INSERT INTO article_corrections (article_id, note, created_at, created_by) VALUES (?, ?, ?, ?)")
                .params(articleId, note, utc(at), by)
                .update();
    }

    private void replaceFiguresAndTags(long id, CleanArticle content) {
        jdbc.sql("DELETE FROM figures WHERE article_id = ?").param(id).update();
        for (ArticleInput.FigureInput f : content.figures()) {
            jdbc.sql("""
                            INSERT INTO figures (article_id, position, image_id, caption, credit, alt)
                            VALUES (?, ?, ?, ?, ?, ?)""")
                    .params(id, f.position(), f.imageId(), f.caption(), f.credit(), f.alt())
                    .update();
        }
        jdbc.sql("DELETE FROM article_tags WHERE article_id = ?").param(id).update();
        for (Tag tag : content.tags()) {
            articles.tag(id, tag.slug(), tag.name());
        }
    }

    static OffsetDateTime utc(Instant instant) {
        return ArticleRepository.utc(instant);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return ArticleRepository.instant(rs, column);
    }
}
