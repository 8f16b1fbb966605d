package vn.toasoan.search;

import java.io.UncheckedIOException;
import java.util.List;
import org.apache.lucene.store.LockObtainFailedException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import vn.toasoan.articles.Article;

/**
 * For a command that writes many articles at once (import-archive): indexes a batch and commits it once, so that
 * the archive is searchable as soon as the server starts. When a running server holds the index (an external
 * database lets the command run beside it), nothing is written here: that server's next check indexes the batch.
 */
@Component
public class BulkIndexing {

    private final ObjectProvider<ArticleIndex> index;
    private volatile boolean busy;

    BulkIndexing(ObjectProvider<ArticleIndex> index) {
        this.index = index;
    }

    /**
     * Indexes these articles as they were just written (published ones put, others removed) in one commit.
     *
     * @return false when another process holds the index
     */
    public boolean index(List<Article> written) {
        if (busy || written.isEmpty()) {
            return !busy;
        }
        ArticleIndex target;
        try {
            target = index.getObject();
        } catch (RuntimeException e) {
            if (causedByLock(e)) {
                busy = true;
                return false;
            }
            throw e;
        }
        if (!target.hasCurrentSchema() && target.size() > 0) {
            // an index of an older version: the server rebuilds it whole at its start, these articles included
            busy = true;
            return false;
        }
        for (Article article : written) {
            if (article.isPublished()) {
                target.put(IndexedArticle.of(article));
            } else {
                target.remove(article.id());
            }
        }
        target.commit();
        return true;
    }

    private static boolean causedByLock(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof LockObtainFailedException
                    || (cause instanceof UncheckedIOException u && u.getCause() instanceof LockObtainFailedException)) {
                return true;
            }
        }
        return false;
    }
}
