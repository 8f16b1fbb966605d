package vn.toasoan.search;

import jakarta.annotation.PreDestroy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.toasoan.articles.Article;
import vn.toasoan.articles.ArticleChanged;
import vn.toasoan.articles.ArticlePublished;
import vn.toasoan.articles.Articles;

/**
 * Keeps the index in step with the database: each published or changed article is read again after its transaction
 * commits, and at start the whole index is rebuilt when it does not match what is published (new data directory,
 * changes made while the site was down, a new index schema).
 *
 * <p>One thread writes, so that a rebuild and the changes that arrive during it are applied in order; changes that
 * arrive together are committed together.
 */
@Component
class SearchIndexer {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexer.class);

    private final ArticleIndex index;
    private final Articles articles;
    private final boolean command;
    private final Set<Long> pending = ConcurrentHashMap.newKeySet();
    private final ExecutorService writer = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "search-indexer");
        thread.setDaemon(true);
        return thread;
    });

    SearchIndexer(ArticleIndex index, Articles articles, @Value("${toasoan.command:}") String command) {
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

    /** Not for a command such as import-page: it indexes what it publishes, and the server checks the rest. */
    @EventListener(ApplicationReadyEvent.class)
    void checkInBackground() {
        if (!command) {
            writer.execute(() -> run("check the index", this::synchronize));
        }
    }

    void schedule(long articleId) {
        pending.add(articleId);
        try {
            writer.execute(() -> run("index changed articles", this::applyPending));
        } catch (RejectedExecutionException e) {
            log.warn("Shutting down: article {} is indexed at next start", articleId);
        }
    }

    /** Rebuilds the index unless it holds exactly the published articles. */
    void synchronize() {
        Set<String> published = articles.sitemap(Instant.EPOCH, Integer.MAX_VALUE).stream()
                .map(IndexedArticle::fingerprint)
                .collect(Collectors.toSet());
        if (index.hasCurrentSchema() && index.fingerprints().equals(published)) {
            log.info("Search index is up to date: {} articles", published.size());
            return;
        }
        log.info("Rebuilding the search index from {} published articles", published.size());
        long started = System.nanoTime();
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
        List<Long> ids = new ArrayList<>(pending);
        pending.removeAll(ids);
        for (long id : ids) {
            // read again rather than trust the event: the article may have changed or left since
            run(
                    "index article " + id,
                    () -> articles.find(id)
                            .filter(Article::isPublished)
                            .ifPresentOrElse(article -> index.put(IndexedArticle.of(article)), () -> index.remove(id)));
        }
        index.commit();
    }

    /** Waits until every change scheduled so far is searchable. */
    void awaitIdle() throws InterruptedException, ExecutionException, TimeoutException {
        writer.submit(() -> {}).get(60, TimeUnit.SECONDS);
    }

    private void run(String what, Runnable task) {
        try {
            task.run();
        } catch (RuntimeException e) {
            // the next start finds the index out of step and rebuilds it
            log.error("Could not {}", what, e);
        }
    }

    @PreDestroy
    void stop() throws InterruptedException {
        writer.shutdown();
        if (!writer.awaitTermination(30, TimeUnit.SECONDS)) {
            log.warn("Search indexing did not finish before shutdown; the index is rebuilt at next start");
            writer.shutdownNow();
        }
    }
}
