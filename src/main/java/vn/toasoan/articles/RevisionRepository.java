package vn.toasoan.articles;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Every save of an article, kept whole: the history, its differences, restoring, and refused saves. */
@Repository
class RevisionRepository {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<ArticleInput.FigureInput>> FIGURES = new TypeReference<>() {};

    private final JdbcClient jdbc;

    RevisionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    int addRevision(long articleId, RevisionKind kind, Instant at, String by, ArticleStatus status, CleanArticle c) {
        return jdbc.sql("""
                        INSERT INTO article_revisions (article_id, number, kind, saved_at, saved_by, status,
                               section_id, title, slug, sapo, body, byline, seo_description, tags, figures)
                        VALUES (?, (SELECT coalesce(max(number), 0) + 1 FROM article_revisions WHERE article_id = ?),
                                ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)
                        RETURNING number""")
                .params(
                        articleId,
                        articleId,
                        kind.name(),
                        ArticleRepository.utc(at),
                        by,
                        status.name(),
                        c.sectionId(),
                        c.title(),
                        c.slug(),
                        c.sapo(),
                        c.body(),
                        c.byline(),
                        c.seoDescription(),
                        c.tags().stream().map(t -> t.slug() + "|" + t.name()).toArray(String[]::new),
                        JSON.writeValueAsString(c.figures()))
                .query(Integer.class)
                .single();
    }

    List<Revision> revisions(long articleId) {
        return jdbc.sql("SELECT * FROM article_revisions WHERE article_id = ? ORDER BY number DESC")
                .param(articleId)
                .query(RevisionRepository::revision)
                .list();
    }

    Optional<Revision> revision(long articleId, int number) {
        return jdbc.sql("SELECT * FROM article_revisions WHERE article_id = ? AND number = ?")
                .params(articleId, number)
                .query(RevisionRepository::revision)
                .optional();
    }

    /** Newest first, without the content beyond the title: what a list of revisions shows. */
    List<RevisionEntry> entries(long articleId) {
        return jdbc.sql("""
                        SELECT number, kind, saved_at, saved_by, status, title FROM article_revisions
                        WHERE article_id = ? ORDER BY number DESC""")
                .param(articleId)
                .query((rs, n) -> new RevisionEntry(
                        rs.getInt("number"),
                        RevisionKind.valueOf(rs.getString("kind")),
                        ArticleRepository.instant(rs, "saved_at"),
                        rs.getString("saved_by"),
                        ArticleStatus.valueOf(rs.getString("status")),
                        rs.getString("title")))
                .list();
    }

    private static Revision revision(ResultSet rs, int row) throws SQLException {
        List<Tag> tags = new ArrayList<>();
        Array array = rs.getArray("tags");
        for (String value : (String[]) array.getArray()) {
            int bar = value.indexOf('|');
            tags.add(new Tag(value.substring(0, bar), value.substring(bar + 1)));
        }
        return new Revision(
                rs.getLong("id"),
                rs.getInt("number"),
                RevisionKind.valueOf(rs.getString("kind")),
                ArticleRepository.instant(rs, "saved_at"),
                rs.getString("saved_by"),
                ArticleStatus.valueOf(rs.getString("status")),
                new CleanArticle(
                        rs.getString("title"),
                        rs.getString("slug"),
                        rs.getString("sapo"),
                        rs.getString("body"),
                        rs.getLong("section_id"),
                        tags,
                        rs.getString("byline"),
                        rs.getString("seo_description"),
                        JSON.readValue(rs.getString("figures"), FIGURES)));
    }
}
