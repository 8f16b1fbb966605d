package vn.toasoan.articles;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.toasoan.media.WebpCopiesAdded;
import vn.toasoan.platform.SiteChanged;
import vn.toasoan.vietnamese.VietnameseText;

/** What the rest of Tòa Soạn may ask of articles. */
@Service
public class Articles {

    /** How many articles a walk through all published ones reads at a time. */
    static final int WALK_STEP = 200;

    private final ArticleRepository repository;
    private final ListingRepository lists;
    private final ViewCounter views;
    private final BodySanitizer sanitizer;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    /** Far beyond any archive; it keeps the offset from overflowing on a made-up page number. */
    private static final int MAX_PAGE = 100_000;

    private final Cache<Long, Optional<Article>> published = Caffeine.newBuilder()
            .maximumSize(2_000)
            // the change feed evicts changed articles on every node; this bounds what a lost change could leave
            .expireAfterWrite(Duration.ofSeconds(30))
            .build();
    /** Lists shown beside every article: a reader does not notice if they are a minute old. */
    private final Cache<String, List<ArticleSummary>> shownBeside = Caffeine.newBuilder()
            .maximumSize(5_000)
            .expireAfterWrite(Duration.ofMinutes(1))
            .build();
    /** By section, for "Tin liên quan": kept as long and dropped together with the lists above. */
    private final Cache<Long, List<RelatedCandidate>> relatedCandidates = Caffeine.newBuilder()
            .maximumSize(1_000)
            .expireAfterWrite(Duration.ofMinutes(1))
            .build();

    Articles(
            ArticleRepository repository,
            ListingRepository lists,
            ViewCounter views,
            BodySanitizer sanitizer,
            ApplicationEventPublisher events,
            Clock clock) {
        this.repository = repository;
        this.lists = lists;
        this.views = views;
        this.sanitizer = sanitizer;
        this.events = events;
        this.clock = clock;
    }

    /** A published article, as readers may see it. */
    public Optional<Article> findPublished(long id) {
        return published.get(id, key -> repository.find(key).filter(Article::isPublished));
    }

    /** Any article, whatever its status: for the newsroom. */
    public Optional<Article> find(long id) {
        return repository.find(id);
    }

    public List<ArticleSummary> latest(int limit) {
        return lists.latestPublished(limit, 0);
    }

    public List<ArticleSummary> latest(int limit, int offset) {
        return lists.latestPublished(limit, offset);
    }

    public List<ArticleSummary> latestInSection(long sectionId, int limit) {
        return lists.publishedInSection(sectionId, limit, 0, false);
    }

    /**
     * The published articles among {@code ids}, in the order of {@code ids}: an article placed on a page by an editor
     * drops out as soon as it is no longer public.
     */
    public List<ArticleSummary> publishedSummaries(List<Long> ids) {
        Map<Long, ArticleSummary> found = new HashMap<>();
        lists.publishedAmong(ids).forEach(s -> found.put(s.id(), s));
        return ids.stream().distinct().map(found::get).filter(Objects::nonNull).toList();
    }

    /**
     * A section's published articles, newest first, from {@code offset}: for pages whose first one holds more.
     *
     * @param total how many the section has; a page past the middle is read from the oldest end
     */
    public List<ArticleSummary> inSection(long sectionId, long offset, int limit, long total) {
        Window window = Window.of(offset, limit, total);
        return lists.publishedInSection(sectionId, window.limit(), window.offset(), window.oldestFirst());
    }

    public long countInSection(long sectionId) {
        return lists.countPublishedInSection(sectionId);
    }

    public Optional<Tag> tag(String slug) {
        return lists.tag(slug);
    }

    /**
     * A tag's published articles, newest first, from {@code offset}.
     *
     * @param total how many have the tag; a page past the middle is read from the oldest end
     */
    public List<ArticleSummary> withTag(String tagSlug, long offset, int limit, long total) {
        Window window = Window.of(offset, limit, total);
        return lists.publishedWithTag(tagSlug, window.limit(), window.offset(), window.oldestFirst());
    }

    /**
     * Where a page of a list newest first is read: a page past the middle from the oldest end, so that the database
     * skips the fewer articles, and the last pages of a large archive cost what the first ones do.
     */
    private record Window(int limit, int offset, boolean oldestFirst) {

        static Window of(long offset, int limit, long total) {
            long safe = Math.min(offset, (long) MAX_PAGE * limit);
            if (safe > total / 2 && safe < total) {
                return new Window((int) Math.min(limit, total - safe), (int) Math.max(0, total - safe - limit), true);
            }
            return new Window(limit, (int) safe, false);
        }
    }

    public long countWithTag(String tagSlug) {
        return lists.countPublishedWithTag(tagSlug);
    }

    /**
     * "Tin liên quan": of the newest articles of the article's section, those that share most of its tags, newest first
     * among those that share as many.
     */
    public List<ArticleSummary> related(Article article, int limit) {
        List<RelatedCandidate> newest = relatedCandidates.get(
                article.sectionId(), section -> lists.newestWithTags(section, RelatedCandidate.DEPTH + 1));
        return RelatedCandidate.closest(article, newest, limit);
    }

    /** "Đọc nhiều": the most viewed over the last {@code days} days in Vietnam time. */
    public List<ArticleSummary> mostRead(int days, int limit) {
        LocalDate since = LocalDate.now(clock).minusDays(days - 1L);
        Instant recent = clock.instant().minus(Duration.ofDays(Math.max(days, 30)));
        return shownBeside.get("mostRead:" + since + ":" + limit, key -> lists.mostRead(since, recent, limit));
    }

    /** Articles, whatever their status, in the order of {@code ids}; those that do not exist are left out. */
    public List<Article> findAll(Collection<Long> ids) {
        return repository.findAll(ids);
    }

    /**
     * Every published article, one at a time: for rebuilding derived state such as the search index. They are read
     * {@value #WALK_STEP} at a time, a few queries for each step whatever their figures and tags.
     */
    public void forEachPublished(Consumer<Article> action) {
        long after = 0;
        List<Article> step;
        do {
            step = repository.publishedAfter(after, WALK_STEP);
            step.forEach(action);
            after = step.isEmpty() ? after : step.get(step.size() - 1).id();
        } while (step.size() == WALK_STEP);
    }

    /** Published articles, newest first, for sitemaps. */
    public List<SitemapEntry> sitemap(Instant publishedSince, int limit) {
        return lists.sitemap(publishedSince, limit);
    }

    /**
     * Counts a view of the article by this reader, if they are reading and the counter has not yet counted them, or
     * as many readers from their address as it takes from one address; apart from page rendering, so that a page
     * served from a cache can still count through a beacon.
     *
     * @return whether it counted
     */
    public boolean countView(long articleId, Reader reader) {
        return reader.reading()
                && views.record(
                        articleId, ViewPolicy.addressKey(reader.address()), ViewPolicy.agentHash(reader.userAgent()));
    }

    public long views(long articleId) {
        return views.stored(articleId) + views.pending(articleId);
    }

    /** The counts to show for many articles at once, in one query at most. */
    public Map<Long, Long> views(Collection<Long> articleIds) {
        Map<Long, Long> counts = new HashMap<>();
        views.stored(articleIds).forEach((id, stored) -> counts.put(id, stored + views.pending(id)));
        return counts;
    }

    /** Publishes an article that arrives finished: an imported page, the demo content. */
    @Transactional
    public long publish(NewArticle article) {
        String title = VietnameseText.nfc(article.title().strip());
        String slug = VietnameseText.slug(title);
        long id = repository.insertPublished(
                new NewArticle(
                        article.sectionId(),
                        title,
                        VietnameseText.nfc(article.sapo().strip()),
                        article.bodyHtml(),
                        VietnameseText.nfc(article.byline().strip()),
                        article.tags(),
                        article.figures(),
                        article.publishedAt(),
                        article.updatedAt()),
                slug.isEmpty() ? "bai-viet" : slug,
                sanitizer.sanitize(article.bodyHtml()));
        for (String tag : article.tags()) {
            String name = VietnameseText.nfc(tag.strip());
            repository.tag(id, VietnameseText.slug(name), name);
        }
        events.publishEvent(new ArticlePublished(id));
        return id;
    }

    /** The article already imported from the same page, if any. */
    public Optional<Long> findPublishedCopy(String title, Instant publishedAt) {
        return repository.findPublishedByTitleAndTime(VietnameseText.nfc(title.strip()), publishedAt);
    }

    /** After the commit, so that no reader caches the article as it was between the change and the commit. */
    @TransactionalEventListener(fallbackExecution = true)
    void on(ArticleChanged event) {
        published.invalidate(event.articleId());
        forgetListsShownBeside();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ArticlePublished event) {
        published.invalidate(event.articleId());
        forgetListsShownBeside();
    }

    /** A change made on any node, this one included. */
    @EventListener
    void on(SiteChanged change) {
        if (change.kind() == SiteChanged.Kind.ARTICLE) {
            if (change.subject() == 0) {
                published.invalidateAll();
            } else {
                published.invalidate(change.subject());
            }
            forgetListsShownBeside();
        }
    }

    private void forgetListsShownBeside() {
        shownBeside.invalidateAll();
        relatedCandidates.invalidateAll();
    }

    /** Photos that now offer WebP show it on this node at once; other nodes hear of them through the feed. */
    @EventListener
    void on(WebpCopiesAdded event) {
        published.invalidateAll();
        forgetListsShownBeside();
    }
}
