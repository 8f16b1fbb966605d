package vn.toasoan.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.toasoan.support.ToaSoanIntegrationTest;

/**
 * What the change feed promises other nodes: a change is in the feed once its transaction commits and never if it
 * rolls back, also when it is announced after the commit; and the feed numbers changes in the order they committed,
 * so a node that has read up to a number never misses a smaller one that commits later.
 */
@ToaSoanIntegrationTest
class ChangeFeedIntegrationTests {

    @Autowired
    ChangeFeed feed;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void aChangeIsInTheFeedOnlyIfItsTransactionCommits() {
        long kept = unique();
        long undone = unique();
        var transaction = new TransactionTemplate(transactions);

        transaction.executeWithoutResult(status -> feed.announce(SiteChanged.Kind.COMMENTS, kept));
        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
                    feed.announce(SiteChanged.Kind.COMMENTS, undone);
                    throw new IllegalStateException("rolled back");
                }))
                .isInstanceOf(IllegalStateException.class);

        assertThat(seqOf(kept)).isNotNull();
        assertThat(seqOf(undone)).isNull();
    }

    @Test
    void aChangeAnnouncedAfterItsTransactionCommittedIsInTheFeedAllTheSame() {
        long late = unique();

        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            feed.announce(SiteChanged.Kind.COMMENTS, unique());
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    feed.announce(SiteChanged.Kind.COMMENTS, late);
                }
            });
        });

        assertThat(seqOf(late)).isNotNull();
    }

    @Test
    void changesAreNumberedInTheOrderTheirTransactionsCommit() throws Exception {
        long first = unique();
        long second = unique();
        var announced = new CountDownLatch(1);
        var commit = new CountDownLatch(1);
        var slow = CompletableFuture.runAsync(() -> new TransactionTemplate(transactions).executeWithoutResult(s -> {
            feed.announce(SiteChanged.Kind.COMMENTS, first);
            announced.countDown();
            await(commit);
        }));
        assertThat(announced.await(10, TimeUnit.SECONDS)).isTrue();

        new TransactionTemplate(transactions)
                .executeWithoutResult(s -> feed.announce(SiteChanged.Kind.COMMENTS, second));
        commit.countDown();
        slow.get(10, TimeUnit.SECONDS);

        assertThat(List.of(seqOf(second), seqOf(first))).isSorted();
    }

    private Long seqOf(long subject) {
        return jdbc.sql("SELECT seq FROM change_feed WHERE kind = 'COMMENTS' AND subject = ?")
                .param(subject)
                .query(Long.class)
                .optional()
                .orElse(null);
    }

    /** A subject no other test announces: negative, as no article is. */
    private static long unique() {
        return -System.nanoTime();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
