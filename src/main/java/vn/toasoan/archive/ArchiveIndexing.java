package vn.toasoan.archive;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import vn.toasoan.articles.Article;
import vn.toasoan.articles.ArticleArchive;
import vn.toasoan.search.BulkIndexing;

/**
 * Indexes each batch on a thread of its own while the next one is read and inserted: the two take about as long,
 * and a server has two cores at least. One batch waits at most.
 */
final class ArchiveIndexing implements AutoCloseable {

    private final BulkIndexing index;
    private final ImportSummary summary;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "archive-index");
        t.setDaemon(true);
        return t;
    });
    private Future<Boolean> previous;

    ArchiveIndexing(BulkIndexing index, ImportSummary summary) {
        this.index = index;
        this.summary = summary;
    }

    void submit(List<ArticleArchive.Inserted> inserted) {
        awaitPrevious();
        List<Article> written =
                inserted.stream().map(ArticleArchive.Inserted::article).toList();
        previous = thread.submit(() -> index.index(written));
    }

    private void awaitPrevious() {
        if (previous != null) {
            summary.indexed &= ArchiveImporter.get(previous);
            previous = null;
        }
    }

    @Override
    public void close() {
        try {
            awaitPrevious();
        } finally {
            thread.shutdown();
        }
    }
}
