package vn.toasoan.articles;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.toasoan.vietnamese.VietnameseText;

/** The newsroom's lists of articles: filtered, sorted and paged, and counted by status. */
@Repository
class NewsroomListRepository {

    private final JdbcClient jdbc;

    NewsroomListRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Listing<WorkingSummary> list(ArticleFilter filter) {
        // the trash ("Thùng rác") has a page of its own
        var where = new StringBuilder(" WHERE a.deleted_at IS NULL");
        List<Object> params = new ArrayList<>();
        if (filter.status() != null) {
            where.append(" AND a.status = ?");
            params.add(filter.status().name());
        }
        if (filter.sectionId() != null) {
            where.append(" AND a.section_id = ?");
            params.add(filter.sectionId());
        }
        if (filter.authorId() != null) {
            where.append(" AND a.author_id = ?");
            params.add(filter.authorId());
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            String text = filter.text().strip();
            String like = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            where.append(" AND (a.title ILIKE ? OR a.sapo ILIKE ? OR a.byline ILIKE ? OR a.slug ILIKE ?"
                    + " OR vietnamese_fold(a.title || ' ' || a.sapo || ' ' || a.byline) LIKE ?");
            params.add(like);
            params.add(like);
            params.add(like);
            params.add("%" + VietnameseText.slug(text) + "%");
            params.add(VietnameseText.fold(like).toLowerCase(Locale.ROOT));
            if (text.matches("\\d{1,18}")) {
                where.append(" OR a.id = ?");
                params.add(Long.parseLong(text));
            }
            where.append(")");
        }
        String dated = filter.dateField() == ArticleFilter.DateField.PUBLISHED ? "a.published_at" : "a.modified_at";
        if (filter.from() != null) {
            where.append(" AND ").append(dated).append(" >= ?");
            params.add(utc(filter.from()));
        }
        if (filter.to() != null) {
            where.append(" AND ").append(dated).append(" < ?");
            params.add(utc(filter.to()));
        }
        long total = jdbc.sql("SELECT count(*) FROM articles a" + where)
                .params(params)
                .query(Long.class)
                .single();
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(filter.pageSize());
        pageParams.add((filter.page() - 1) * filter.pageSize());
        List<WorkingSummary> items = jdbc.sql(
                        """
                        SELECT a.id, a.title, a.slug, a.section_id, a.status, a.author_id,
                               coalesce(acc.display_name, '') AS author_name, a.byline, a.modified_at, a.modified_by,
                               a.published_at, a.scheduled_at
                        FROM articles a LEFT JOIN accounts acc ON acc.id = a.author_id
                        LEFT JOIN article_views v ON v.article_id = a.id""" + where + " ORDER BY " + orderBy(filter) + ", a.id DESC LIMIT ? OFFSET ?")
                .params(pageParams)
                .query((rs, n) -> new WorkingSummary(
                        rs.getLong("id"),
                        rs.getString("title"),
                        rs.getString("slug"),
                        rs.getLong("section_id"),
                        ArticleStatus.valueOf(rs.getString("status")),
                        (Long) rs.getObject("author_id"),
                        rs.getString("author_name"),
                        rs.getString("byline"),
                        instant(rs, "modified_at"),
                        rs.getString("modified_by"),
                        instant(rs, "published_at"),
                        instant(rs, "scheduled_at")))
                .list();
        return new Listing<>(items, total, filter.page(), filter.pageSize());
    }

    /** Articles that lack the time sorted on (drafts have no publish time) come last either way. */
    private static String orderBy(ArticleFilter filter) {
        String direction = filter.ascending() ? " ASC" : " DESC";
        return switch (filter.order()) {
            case MODIFIED -> "a.modified_at" + direction;
            case PUBLISHED -> "a.published_at" + direction + " NULLS LAST";
            case VIEWS -> "coalesce(v.views, 0)" + direction;
            case TITLE -> "vietnamese_fold(lower(a.title))" + direction + ", a.title" + direction;
        };
    }

    long countByStatus(ArticleStatus status) {
        return jdbc.sql("SELECT count(*) FROM articles WHERE status = ? AND deleted_at IS NULL")
                .param(status.name())
                .query(Long.class)
                .single();
    }

    private static OffsetDateTime utc(Instant instant) {
        return ArticleRepository.utc(instant);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return ArticleRepository.instant(rs, column);
    }
}
