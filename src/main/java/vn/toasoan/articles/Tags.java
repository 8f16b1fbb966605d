package vn.toasoan.articles;

import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.toasoan.platform.AuditEvent;
import vn.toasoan.vietnamese.VietnameseText;

/**
 * Tags (thẻ) as the newsroom manages them. Renaming one into the slug of another merges the two; either way the old
 * address {@code /the/{old}} answers 301 to the new one.
 */
@Service
public class Tags {

    private final JdbcClient jdbc;
    private final ArticleText text;
    private final ApplicationEventPublisher events;

    Tags(JdbcClient jdbc, ArticleText text, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.text = text;
        this.events = events;
    }

    public record TagCount(long id, String slug, String name, long articles) {

        public String url() {
            return "/the/" + slug;
        }
    }

    public List<TagCount> all(String text) {
        String like = "%" + (text == null ? "" : VietnameseText.nfc(text.strip())) + "%";
        return jdbc.sql("""
                        SELECT t.id, t.slug, t.name, count(at.article_id) AS articles
                        FROM tags t LEFT JOIN article_tags at ON at.tag_id = t.id
                        WHERE t.name ILIKE ? OR t.slug ILIKE ?
                        GROUP BY t.id ORDER BY articles DESC, t.name LIMIT 500""").params(like, like).query(TagCount.class).list();
    }

    @Transactional
    public TagCount create(String actor, String name) {
        String clean = name(name);
        String slug = VietnameseText.slug(clean);
        jdbc.sql("INSERT INTO tags (slug, name) VALUES (?, ?) ON CONFLICT (slug) DO NOTHING")
                .params(slug, clean)
                .update();
        jdbc.sql("DELETE FROM tag_slug_redirects WHERE old_slug = ?")
                .param(slug)
                .update();
        events.publishEvent(new AuditEvent(actor, "tag.create", "tag", slug, clean));
        return bySlug(slug).orElseThrow();
    }

    /** Renames a tag; into another tag's slug, merges into that tag. */
    @Transactional
    public TagCount rename(String actor, long id, String name) {
        TagCount before = byId(id).orElseThrow(() -> new ArticleInvalidException(text.get("articles.tags.unknown")));
        String clean = name(name);
        String slug = VietnameseText.slug(clean);
        Optional<TagCount> other = bySlug(slug).filter(t -> t.id() != id);
        List<Long> affected = jdbc.sql("SELECT article_id FROM article_tags WHERE tag_id = ?")
                .param(id)
                .query(Long.class)
                .list();
        if (other.isPresent()) {
            jdbc.sql("""
                            INSERT INTO article_tags (article_id, tag_id) SELECT article_id, ? FROM article_tags
                            WHERE tag_id = ? ON CONFLICT DO NOTHING""").params(other.get().id(), id).update();
            jdbc.sql("UPDATE tag_slug_redirects SET tag_id = ? WHERE tag_id = ?")
                    .params(other.get().id(), id)
                    .update();
            jdbc.sql("DELETE FROM tags WHERE id = ?").param(id).update();
            redirect(before.slug(), other.get().id());
            events.publishEvent(new AuditEvent(
                    actor,
                    "tag.merge",
                    "tag",
                    before.slug(),
                    before.name() + " → " + other.get().name()));
        } else {
            jdbc.sql("UPDATE tags SET name = ?, slug = ? WHERE id = ?")
                    .params(clean, slug, id)
                    .update();
            if (!slug.equals(before.slug())) {
                redirect(before.slug(), id);
            }
            jdbc.sql("DELETE FROM tag_slug_redirects WHERE old_slug = ?")
                    .param(slug)
                    .update();
            events.publishEvent(new AuditEvent(actor, "tag.rename", "tag", slug, before.name() + " → " + clean));
        }
        affected.forEach(articleId -> events.publishEvent(new ArticleChanged(articleId)));
        return bySlug(slug).orElseThrow();
    }

    /** Where a renamed tag's old slug now leads. */
    public Optional<String> formerlyAt(String slug) {
        return jdbc.sql("""
                        SELECT t.slug FROM tag_slug_redirects r JOIN tags t ON t.id = r.tag_id
                        WHERE r.old_slug = ? AND NOT EXISTS (SELECT 1 FROM tags WHERE slug = ?)""").params(slug, slug).query(String.class).optional();
    }

    private void redirect(String oldSlug, long tagId) {
        jdbc.sql("""
                        INSERT INTO tag_slug_redirects (old_slug, tag_id) VALUES (?, ?)
                        ON CONFLICT (old_slug) DO UPDATE SET tag_id = EXCLUDED.tag_id""").params(oldSlug, tagId).update();
    }

    private Optional<TagCount> byId(long id) {
        return jdbc.sql("""
                        SELECT t.id, t.slug, t.name, (SELECT count(*) FROM article_tags WHERE tag_id = t.id) AS articles
                        FROM tags t WHERE t.id = ?""").param(id).query(TagCount.class).optional();
    }

    private Optional<TagCount> bySlug(String slug) {
        return jdbc.sql("""
                        SELECT t.id, t.slug, t.name, (SELECT count(*) FROM article_tags WHERE tag_id = t.id) AS articles
                        FROM tags t WHERE t.slug = ?""").param(slug).query(TagCount.class).optional();
    }

    private String name(String name) {
        String clean = VietnameseText.nfc(name == null ? "" : name)
                .replaceAll("[\\s\\p{Z}]+", " ")
                .strip();
        if (VietnameseText.slug(clean).isEmpty()) {
            throw new ArticleInvalidException(text.get("articles.tags.nameMissing"));
        }
        if (clean.length() > 80) {
            throw new ArticleInvalidException(text.get("articles.tags.nameTooLong"));
        }
        return clean;
    }
}
