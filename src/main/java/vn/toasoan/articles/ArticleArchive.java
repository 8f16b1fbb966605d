package vn.toasoan.articles;

import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.toasoan.vietnamese.VietnameseText;

/**
 * A paper's past brought in bulk (import-archive): articles inserted a batch at a time in a few statements, as
 * published or as drafts, each with its old addresses, which answer 301 to the new one ({@link OldAddresses}).
 */
@Service
public class ArticleArchive {

    private final JdbcTemplate jdbc;
    private final JdbcClient client;
    private final ArticleRepository repository;
    private final BodySanitizer sanitizer;
    private final ArticleChecks checks;
    private final ArticleText text;
    private final OldAddresses oldAddresses;

    ArticleArchive(
            JdbcTemplate jdbc,
            JdbcClient client,
            ArticleRepository repository,
            BodySanitizer sanitizer,
            ArticleChecks checks,
            ArticleText text,
            OldAddresses oldAddresses) {
        this.oldAddresses = oldAddresses;
        this.jdbc = jdbc;
        this.client = client;
        this.repository = repository;
        this.sanitizer = sanitizer;
        this.checks = checks;
        this.text = text;
    }

    /**
     * An article from another system.
     *
     * @param draft stays a draft, never public; otherwise published at {@code article.publishedAt()}
     * @param oldPaths where it was read before ({@code /2017/02/14/ten-bai/}, {@code /?p=123})
     */
    public record ArchivedArticle(NewArticle article, boolean draft, List<String> oldPaths) {

        public ArchivedArticle {
            oldPaths = List.copyOf(oldPaths);
        }
    }

    /**
     * An article inserted: its id, its address here, and the warnings of the checks before publishing, in the
     * operator's language.
     */
    public record Inserted(Article article, List<String> warnings) {

        public long id() {
            return article.id();
        }

        public String path() {
            return article.url();
        }
    }

    /** A scraped page of the sample's shape, read by the same parser as import-page, as an article to insert. */
    public ArchivedArticle fromScrapedPage(String page, long sectionId) {
        ScrapedPage parsed = ScrapedPageParser.parse(page);
        return new ArchivedArticle(
                new NewArticle(
                        sectionId,
                        parsed.title(),
                        parsed.sapo(),
                        sanitizer.paragraphs(parsed.body()),
                        parsed.byline(),
                        List.of(),
                        parsed.figures().stream()
                                .map(f -> new NewArticle.NewFigure(f.position(), null, f.caption(), f.credit(), ""))
                                .toList(),
                        parsed.updatedAt(),
                        parsed.updatedAt()),
                false,
                List.of());
    }

    /**
     * Inserts a batch in the caller's transaction, with their figures, tags and old addresses: a handful of
     * statements whatever the batch's size.
     */
    @Transactional
    public List<Inserted> insert(List<ArchivedArticle> batch) {
        if (batch.isEmpty()) {
            return List.of();
        }
        List<Long> ids = client.sql(
                        "SELECT nextval(pg_get_serial_sequence('articles', 'id')) FROM generate_series(1, ?)")
                .param(batch.size())
                .query(Long.class)
                .list();
        List<Object[]> articles = new ArrayList<>();
        List<Object[]> figures = new ArrayList<>();
        List<Object[]> paths = new ArrayList<>();
        Map<String, String> tags = new LinkedHashMap<>();
        List<Long> taggedIds = new ArrayList<>();
        List<String> taggedSlugs = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            long id = ids.get(i);
            ArchivedArticle archived = batch.get(i);
            NewArticle a = archived.article();
            String title = VietnameseText.nfc(a.title().strip());
            String slug = VietnameseText.slug(title);
            OffsetDateTime published = archived.draft() ? null : timestamp(a.publishedAt());
            articles.add(new Object[] {
                id,
                a.sectionId(),
                title,
                slug.isEmpty() ? "bai-viet" : slug,
                VietnameseText.nfc(a.sapo().strip()),
                sanitizer.sanitize(a.bodyHtml()),
                VietnameseText.nfc(a.byline().strip()),
                archived.draft() ? ArticleStatus.DRAFT.name() : ArticleStatus.PUBLISHED.name(),
                published,
                archived.draft() ? null : timestamp(a.updatedAt()),
                timestamp(a.publishedAt()),
                timestamp(a.updatedAt())
            });
            for (NewArticle.NewFigure f : a.figures()) {
                figures.add(new Object[] {id, f.position(), f.imageId(), f.caption(), f.credit(), f.alt()});
            }
            for (String tag : a.tags()) {
                String name = VietnameseText.nfc(tag.strip());
                String tagSlug = VietnameseText.slug(name);
                if (!tagSlug.isEmpty()) {
                    tags.putIfAbsent(tagSlug, name);
                    taggedIds.add(id);
                    taggedSlugs.add(tagSlug);
                }
            }
            for (String oldPath : archived.oldPaths()) {
                String path = OldAddresses.normalize(oldPath);
                paths.add(new Object[] {path, OldAddresses.hash(path), id});
            }
        }
        jdbc.batchUpdate("""
                INSERT INTO articles (id, section_id, title, slug, sapo, body, byline, status, published_at,
                                      updated_at, created_at, modified_at, modified_by)
                OVERRIDING SYSTEM VALUE VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'import-archive')""", articles, new int[] {
            Types.BIGINT,
            Types.BIGINT,
            Types.VARCHAR,
            Types.VARCHAR,
            Types.VARCHAR,
            Types.VARCHAR,
            Types.VARCHAR,
            Types.VARCHAR,
            Types.TIMESTAMP_WITH_TIMEZONE,
            Types.TIMESTAMP_WITH_TIMEZONE,
            Types.TIMESTAMP_WITH_TIMEZONE,
            Types.TIMESTAMP_WITH_TIMEZONE
        });
        jdbc.batchUpdate(
                "INSERT INTO figures (article_id, position, image_id, caption, credit, alt) VALUES (?, ?, ?, ?, ?, ?)",
                figures,
                new int[] {Types.BIGINT, Types.INTEGER, Types.OTHER, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR});
        if (!tags.isEmpty()) {
            client.sql("""
                            INSERT INTO tags (slug, name) SELECT * FROM unnest(?::text[], ?::text[])
                            ON CONFLICT (slug) DO NOTHING""")
                    .params(tags.keySet().toArray(String[]::new), tags.values().toArray(String[]::new))
                    .update();
            client.sql("""
                            INSERT INTO article_tags (article_id, tag_id)
                            SELECT x.article_id, t.id FROM unnest(?::bigint[], ?::text[]) AS x(article_id, slug)
                            JOIN tags t ON t.slug = x.slug
                            ON CONFLICT DO NOTHING""")
                    .params(taggedIds.toArray(Long[]::new), taggedSlugs.toArray(String[]::new))
                    .update();
        }
        jdbc.batchUpdate("""
                INSERT INTO article_old_paths (path, path_hash, article_id) VALUES (?, ?, ?)
                ON CONFLICT (path) DO NOTHING""", paths);
        if (!paths.isEmpty() && TransactionSynchronizationManager.isSynchronizationActive()) {
            long[] hashes = paths.stream().mapToLong(row -> (Long) row[1]).toArray();
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    // readers of this process find the old addresses at once, not at the next refresh
                    oldAddresses.learn(hashes);
                }
            });
        }
        List<Inserted> inserted = new ArrayList<>();
        for (Article article : repository.findAll(ids)) {
            inserted.add(new Inserted(
                    article,
                    checks.check(article).stream().map(ArticleWarning::message).toList()));
        }
        return inserted;
    }

    /** The operator's wording of a page the parser refused. */
    public String explain(RuntimeException e) {
        return e instanceof PageImportException refused ? text.get(refused) : e.getMessage();
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return ArticleRepository.utc(instant);
    }
}
