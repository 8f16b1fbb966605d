package vn.toasoan.search;

import jakarta.annotation.PreDestroy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.toasoan.articles.Article;
import vn.toasoan.articles.ArticleChanged;
import vn.toasoan.articles.ArticlePublished;
import vn.toasoan.articles.Articles;
import vn.toasoan.articles.SitemapEntry;
import vn.toasoan.platform.SiteChanged;

/**
 * Keeps the index in step with the database. Each published or changed article is read again after its transaction
 * commits, here and, through the change feed, on every other app node. At start, then every few minutes, the index is
 * compared with what is published, and whatever differs is indexed again: changes made while the site was down or
 * that the feed could not bring. A new data directory or a new index schema means a full rebuild.
 *
 * <p>One thread writes, so that a rebuild and the changes that arrive during it are applied in order; changes that
 * arrive together are committed together.
 *
 * <p>A command such as import-page neither opens nor writes the index: the server finds its changes at its next
 * check.
 */
@Component
class SearchIndexer {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexer.class);

    /** The article id at the end of its public path, {@code /slug-123.html}. */
    /** Articles read from the database at a time when indexing them again. */
    private static final int STEP = 200;

    private static final Pattern ID_IN_PATH = Pattern.compile("-(\\d+)\\.html$");

    private final ObjectProvider<ArticleIndex> index;
    private final Articles articles;
    private final boolean command;
    private final Set<Long> pending = ConcurrentHashMap.newKeySet();
    private final ExecutorService writer = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "search-indexer");
        thread.setDaemon(true);
        return thread;
    });

    SearchIndexer(ObjectProvider<ArticleIndex> index, Articles articles, @Value("${toasoan.command:}") String command) {
        this.index = index;
        this.articles = articles;
        this.command = !command.isBlank();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ArticlePublished event) {
        schedule(event.articleId());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ArticleChanged event) {
        schedule(event.articleId());
    }

    /** A change made on any node, this one included (where it is indexed once: the second time finds it done). */
    @EventListener
    void on(SiteChanged change) {
        if (change.kind() == SiteChanged.Kind.ARTICLE) {
            if (change.subject() == 0) {
                check();
            } else {
                schedule(change.subject());
            }
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    void checkAtStart() {
        check();
    }

    @Scheduled(initialDelayString = "PT5M", fixedDelayString = "PT5M")
    void checkPeriodically() {
        check();
    }

    private void check() {
        if (!command) {
            submit("check the index", this::synchronize);
        }
    }

    void schedule(long articleId) {
        if (!command) {
            pending.add(articleId);
            submit("index changed articles", this::applyPending);
        }
    }

    /** Indexes again whatever differs from the published articles; rebuilds an empty or outdated index. */
    void synchronize() {
        Map<String, Long> published = new HashMap<>();
        for (SitemapEntry entry : articles.sitemap(Instant.EPOCH, Integer.MAX_VALUE)) {
            Matcher id = ID_IN_PATH.matcher(entry.path());
            if (!id.find()) {
                rebuild(published.size());
                return;
            }
            published.put(IndexedArticle.fingerprint(entry), Long.parseLong(id.group(1)));
        }
        ArticleIndex index = this.index.getObject();
        if (!index.hasCurrentSchema() || (index.size() == 0 && !published.isEmpty())) {
            rebuild(published.size());
            return;
        }
        Map<String, Long> indexed = index.fingerprints();
        Set<Long> differing = new HashSet<>();
        indexed.forEach((fingerprint, id) -> {
            if (!published.containsKey(fingerprint)) {
                differing.add(id);
            }
        });
        published.forEach((fingerprint, id) -> {
            if (!indexed.containsKey(fingerprint)) {
                differing.add(id);
            }
        });
        if (differing.isEmpty()) {
            log.debug("Search index is up to date: {} articles", indexed.size());
            return;
        }
        log.info("Search index: {} articles differ from the database; indexing them again", differing.size());
        pending.addAll(differing);
        applyPending();
    }

    private void rebuild(int expected) {
        log.info("Rebuilding the search index from {} published articles", expected);
        long started = System.nanoTime();
        ArticleIndex index = this.index.getObject();
        index.removeAll();
        articles.forEachPublished(article -> index.put(IndexedArticle.of(article)));
        index.commit();
        log.info(
                "Search index rebuilt: {} articles in {} ms",
                index.size(),
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
    }

    private void applyPending() {
        if (pending.isEmpty()) {
            return;
        }
        ArticleIndex index = this.index.getObject();
        List<Long> ids = new ArrayList<>(pending);
        pending.removeAll(ids);
        for (int from = 0; from < ids.size(); from += STEP) {
            List<Long> step = ids.subList(from, Math.min(ids.size(), from + STEP));
            // read again rather than trust the events: the articles may have changed or left since
            run("index articles " + step, () -> {
                Set<Long> published = new HashSet<>();
                for (Article article : articles.findAll(step)) {
                    if (article.isPublished()) {
                        index.put(IndexedArticle.of(article));
                        published.add(article.id());
                    }
                }
                step.stream().filter(id -> !published.contains(id)).forEach(index::remove);
            });
        }
        index.commit();
    }

    /** Waits until every change scheduled so far is searchable. */
    void awaitIdle() throws InterruptedException, ExecutionException, TimeoutException {
        writer.submit(() -> {}).get(60, TimeUnit.SECONDS);
    }

    private void submit(String what, Runnable task) {
        try {
            writer.execute(() -> run(what, task));
        } catch (RejectedExecutionException e) {
            log.warn("Shutting down: the search index catches up at the next start");
        }
    }

    private static void run(String what, Runnable task) {
        try {
            task.run();
        } catch (RuntimeException e) {
            // the next check finds the index out of step and indexes the difference again
            log.error("Could not {}", what, e);
        }
    }

    @PreDestroy
    void stop() throws InterruptedException {
        writer.shutdown();
        if (!writer.awaitTermination(30, TimeUnit.SECONDS)) {
            log.warn("Search indexing did not finish before shutdown; the index catches up at the next start");
            writer.shutdownNow();
        }
    }
}
