package vn.toasoan.comments;

import static vn.toasoan.comments.Rows.instant;
import static vn.toasoan.comments.Rows.ts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.toasoan.attachments.Attachment;

/** The comments themselves and the newsroom's replies, each comment read with the record of its file. */
@Repository
class CommentRepository {

    static final String COLUMNS = """
            c.id, c.article_id, c.name, c.email, c.content, c.original_content, c.status, c.flags, c.flag_details,
            c.ip, c.created_at, c.edited_at, c.edited_by, c.moderated_at, c.moderated_by, c.reject_reason
            """;

    private final JdbcClient jdbc;

    CommentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record NewComment(
            long articleId,
            String name,
            String email,
            String content,
            List<String> flags,
            String flagDetails,
            String ip,
            String ipKey,
            String fingerprint,
            Instant createdAt) {}

    long insert(NewComment c) {
        return jdbc.sql("""
                        INSERT INTO comments (article_id, name, email, content, original_content, status, flags,
                            flag_details, ip, ip_key, fingerprint, created_at)
                        VALUES (?, ?, ?, ?, ?, 'PENDING', ?, ?, ?, ?, ?, ?) RETURNING id
                        """)
                .params(
                        c.articleId(),
                        c.name(),
                        c.email(),
                        c.content(),
                        c.content(),
                        c.flags().toArray(String[]::new),
                        c.flagDetails(),
                        c.ip(),
                        c.ipKey(),
                        c.fingerprint(),
                        ts(c.createdAt()))
                .query(Long.class)
                .single();
    }

    Optional<Comment> find(long id) {
        return withDetails(jdbc.sql("SELECT " + COLUMNS + " FROM comments c WHERE c.id = ?")
                        .param(id)
                        .query(CommentRepository::row)
                        .list())
                .stream()
                .findFirst();
    }

    Optional<Comment> findByStoredName(UUID storedName) {
        return withDetails(jdbc.sql("SELECT " + COLUMNS
                                + " FROM comments c JOIN comment_attachments a ON a.comment_id = c.id"
                                + " WHERE a.stored_name = ?")
                        .param(storedName)
                        .query(CommentRepository::row)
                        .list())
                .stream()
                .findFirst();
    }

    /** Approved and pending comments of each article among {@code articleIds} that has any, in one query. */
    Map<Long, CommentCounts> counts(Collection<Long> articleIds) {
        Map<Long, CommentCounts> counts = new HashMap<>();
        if (articleIds.isEmpty()) {
            return counts;
        }
        jdbc.sql("""
                        SELECT article_id, count(*) FILTER (WHERE status = 'APPROVED') AS approved,
                               count(*) FILTER (WHERE status = 'PENDING') AS pending
                        FROM comments WHERE article_id = ANY(?::bigint[]) GROUP BY article_id""").param(articleIds.toArray(Long[]::new)).query(rs -> {
            counts.put(rs.getLong("article_id"), new CommentCounts(rs.getLong("approved"), rs.getLong("pending")));
        });
        return counts;
    }

    long countApproved(long articleId) {
        return jdbc.sql("SELECT count(*) FROM comments WHERE article_id = ? AND status = 'APPROVED'")
                .param(articleId)
                .query(Long.class)
                .single();
    }

    List<Comment> search(CommentQuery query, int limit, int offset) {
        var where = where(query);
        List<Object> params = new ArrayList<>(where.params());
        params.add(limit);
        params.add(offset);
        return withDetails(jdbc.sql("SELECT " + COLUMNS + " FROM comments c WHERE " + where.sql()
                        + " ORDER BY (c.status = 'PENDING') DESC, c.created_at ASC, c.id ASC LIMIT ? OFFSET ?")
                .params(params)
                .query(CommentRepository::row)
                .list());
    }

    long count(CommentQuery query) {
        var where = where(query);
        return jdbc.sql("SELECT count(*) FROM comments c WHERE " + where.sql())
                .params(where.params())
                .query(Long.class)
                .single();
    }

    private record Where(String sql, List<Object> params) {}

    private static Where where(CommentQuery query) {
        List<String> clauses = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (query.status() != null) {
            clauses.add("c.status = ?");
            params.add(query.status().name());
        }
        if (query.articleId() != null) {
            clauses.add("c.article_id = ?");
            params.add(query.articleId());
        }
        if (query.flag() != null) {
            clauses.add("? = ANY(c.flags)");
            params.add(query.flag().name());
        }
        if (query.text() != null && !query.text().isBlank()) {
            clauses.add("(c.content ILIKE ? OR c.original_content ILIKE ? OR c.name ILIKE ? OR c.email ILIKE ?)");
            String like = "%"
                    + query.text()
                            .strip()
                            .replace("\\", "\\\\")
                            .replace("%", "\\%")
                            .replace("_", "\\_") + "%";
            params.addAll(List.of(like, like, like, like));
        }
        return new Where(clauses.isEmpty() ? "TRUE" : String.join(" AND ", clauses), params);
    }

    long countPending() {
        return jdbc.sql("SELECT count(*) FROM comments WHERE status = 'PENDING'")
                .query(Long.class)
                .single();
    }

    void moderate(long id, CommentStatus status, String actor, Instant at, String reason) {
        jdbc.sql("UPDATE comments SET status = ?, moderated_by = ?, moderated_at = ?, reject_reason = ? WHERE id = ?")
                .params(status.name(), actor, ts(at), reason, id)
                .update();
    }

    /** What readers will see; the reader's original stays, and the trail keeps the edit. */
    void changeContent(long id, String content, String editor, Instant at) {
        jdbc.sql("UPDATE comments SET content = ?, edited_by = ?, edited_at = ? WHERE id = ?")
                .params(content, editor, ts(at), id)
                .update();
    }

    long reply(long commentId, String content, String author, Instant at) {
        return jdbc.sql("INSERT INTO comment_replies (comment_id, content, author, created_at) VALUES (?, ?, ?, ?)"
                        + " RETURNING id")
                .params(commentId, content, author, ts(at))
                .query(Long.class)
                .single();
    }

    /** Adds each comment's file and replies: two queries, however many comments. */
    List<Comment> withDetails(List<Comment> comments) {
        if (comments.isEmpty()) {
            return comments;
        }
        Long[] ids = comments.stream().map(Comment::id).toArray(Long[]::new);
        Map<Long, Attachment> attachments = new HashMap<>();
        jdbc.sql("SELECT comment_id, stored_name, original_name, content_type, size, image_width, image_height"
                        + " FROM comment_attachments WHERE comment_id = ANY(?)")
                .param(ids)
                .query(rs -> {
                    attachments.put(
                            rs.getLong("comment_id"),
                            new Attachment(
                                    rs.getObject("stored_name", UUID.class),
                                    rs.getString("original_name"),
                                    rs.getString("content_type"),
                                    rs.getLong("size"),
                                    (Integer) rs.getObject("image_width"),
                                    (Integer) rs.getObject("image_height")));
                });
        Map<Long, List<Comment.Reply>> replies = new HashMap<>();
        jdbc.sql("SELECT id, comment_id, content, author, created_at FROM comment_replies WHERE comment_id = ANY(?)"
                        + " ORDER BY created_at, id")
                .param(ids)
                .query(rs -> {
                    replies.computeIfAbsent(rs.getLong("comment_id"), k -> new ArrayList<>())
                            .add(new Comment.Reply(
                                    rs.getLong("id"),
                                    rs.getString("content"),
                                    rs.getString("author"),
                                    instant(rs, "created_at")));
                });
        return comments.stream()
                .map(c -> c.withDetails(attachments.get(c.id()), replies.getOrDefault(c.id(), List.of())))
                .toList();
    }

    static Comment row(ResultSet rs, int n) throws SQLException {
        return new Comment(
                rs.getLong("id"),
                rs.getLong("article_id"),
                rs.getString("name"),
                rs.getString("email"),
                rs.getString("content"),
                rs.getString("original_content"),
                CommentStatus.valueOf(rs.getString("status")),
                Rows.strings(rs.getArray("flags")),
                rs.getString("flag_details"),
                rs.getString("ip"),
                instant(rs, "created_at"),
                instant(rs, "edited_at"),
                rs.getString("edited_by"),
                instant(rs, "moderated_at"),
                rs.getString("moderated_by"),
                rs.getString("reject_reason"),
                null,
                List.of());
    }
}
