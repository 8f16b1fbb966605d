package vn.toasoan.comments;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.toasoan.attachments.Attachment;

/** The approved comments readers see under an article, a page at a time. */
@Repository
class ApprovedComments {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<ReplyRow>> REPLIES = new TypeReference<>() {};

    private final JdbcClient jdbc;

    ApprovedComments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A page of an article's approved comments and how many it has; nothing past the last page. */
    record ApprovedPage(List<Comment> comments, long total) {}

    /**
     * One statement, since it is read under every article nobody has read for a while: the files and replies come with
     * each comment as JSON, and the total beside each row.
     */
    ApprovedPage page(long articleId, int limit, int offset) {
        long[] total = {0};
        List<Comment> comments = jdbc.sql("SELECT " + CommentRepository.COLUMNS + """
                        , count(*) OVER () AS total,
                          (SELECT json_agg(json_build_object('id', r.id, 'content', r.content, 'author', r.author,
                                      'createdAt', r.created_at) ORDER BY r.created_at, r.id)
                           FROM comment_replies r WHERE r.comment_id = c.id) AS replies,
                          (SELECT json_build_object('storedName', a.stored_name, 'originalName', a.original_name,
                                      'contentType', a.content_type, 'size', a.size, 'imageWidth', a.image_width,
                                      'imageHeight', a.image_height)
                           FROM comment_attachments a WHERE a.comment_id = c.id) AS attachment
                        FROM comments c WHERE c.article_id = ? AND c.status = 'APPROVED'
                        ORDER BY c.created_at DESC, c.id DESC LIMIT ? OFFSET ?""")
                .params(articleId, limit, offset)
                .query((rs, n) -> {
                    total[0] = rs.getLong("total");
                    return withJsonDetails(rs);
                })
                .list();
        return new ApprovedPage(comments, total[0]);
    }

    private static Comment withJsonDetails(ResultSet rs) throws SQLException {
        String attachment = rs.getString("attachment");
        String replies = rs.getString("replies");
        return CommentRepository.row(rs, 0)
                .withDetails(
                        attachment == null ? null : JSON.readValue(attachment, Attachment.class),
                        replies == null
                                ? List.of()
                                : JSON.readValue(replies, REPLIES).stream()
                                        .map(ReplyRow::reply)
                                        .toList());
    }

    private record ReplyRow(long id, String content, String author, OffsetDateTime createdAt) {

        Comment.Reply reply() {
            return new Comment.Reply(id, content, author, createdAt.toInstant());
        }
    }
}
