package vn.toasoan.platform;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tells every app node of changes that their caches and search index must follow, through PostgreSQL alone: a change
 * is a row of {@code change_feed} written by the transaction that made it, and a {@code NOTIFY}, which PostgreSQL
 * delivers only when that transaction commits. {@link ChangeListener} on each node reads the new rows and publishes
 * each as a {@link SiteChanged}.
 *
 * <p>The rows are written last, just before the commit, under a transaction-level advisory lock: so the sequence
 * numbers are given in the order the transactions commit, and a node that has read up to one number can never later
 * find a smaller one appear. The lock is held only for the commit itself.
 */
@Component
public class ChangeFeed {

    static final String CHANNEL = "toasoan_changes";
    /** "TSCF", beside {@link ClusterJobs}'s space: the locks of other programs on the database never meet ours. */
    private static final int LOCK_SPACE = 0x54534346;

    private static final Duration KEPT = Duration.ofDays(1);

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;
    private final ClusterJobs jobs;

    ChangeFeed(JdbcClient jdbc, PlatformTransactionManager transactions, ClusterJobs jobs) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.jobs = jobs;
    }

    /**
     * Announces a change to every node once the current transaction commits (nothing if it rolls back), or at once
     * when there is none: the change is then already in the database.
     */
    public void announce(SiteChanged.Kind kind, long subject) {
        SiteChanged change = new SiteChanged(kind, subject);
        if (TransactionSynchronizationManager.isSynchronizationActive()
                && TransactionSynchronizationManager.isActualTransactionActive()) {
            pending().changes.add(change);
        } else {
            ownTransaction.executeWithoutResult(status -> write(List.of(change)));
        }
    }

    /**
     * The changes this transaction will write. Looked for among the transaction's synchronizations, which a nested
     * {@code REQUIRES_NEW} transaction sets aside; one already written (code running after the commit, still inside
     * the transaction's tail) takes no more, and a new one writes after the commit instead.
     */
    private Pending pending() {
        for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
            if (synchronization instanceof Pending pending && pending.feed() == this && !pending.written) {
                return pending;
            }
        }
        Pending pending = new Pending();
        TransactionSynchronizationManager.registerSynchronization(pending);
        return pending;
    }

    private void write(Collection<SiteChanged> changes) {
        if (changes.isEmpty()) {
            return;
        }
        jdbc.sql("SELECT 1 FROM pg_advisory_xact_lock(?, 0)")
                .param(LOCK_SPACE)
                .query(Integer.class)
                .single();
        List<String> kinds = new ArrayList<>();
        List<Long> subjects = new ArrayList<>();
        changes.forEach(c -> {
            kinds.add(c.kind().name());
            subjects.add(c.subject());
        });
        jdbc.sql("""
                        WITH added AS (
                            INSERT INTO change_feed (kind, subject)
                            SELECT * FROM unnest(?::text[], ?::bigint[]) RETURNING seq)
                        SELECT 1 FROM (SELECT pg_notify(?, max(seq)::text) FROM added) notified""")
                .params(kinds.toArray(String[]::new), subjects.toArray(Long[]::new), CHANNEL)
                .query(Integer.class)
                .single();
    }

    /**
     * Once an hour across the nodes. The newest row always stays, so that a node away for longer than a day sees that
     * it missed rows, and forgets all it keeps ({@link ChangeListener}).
     */
    @Scheduled(initialDelayString = "PT10M", fixedDelayString = "PT1H")
    void prune() {
        jobs.runIfDue(
                "change-feed-prune",
                Duration.ofHours(1),
                () -> jdbc.sql("DELETE FROM change_feed WHERE at < now() - make_interval(secs => ?)"
                                + " AND seq < (SELECT max(seq) FROM change_feed)")
                        .param((double) KEPT.toSeconds())
                        .update());
    }

    /**
     * The changes a transaction announced, written just before it commits; or, when its commit was already under
     * way or it was read-only, in a transaction of their own once it has committed.
     */
    private final class Pending implements TransactionSynchronization {

        final Set<SiteChanged> changes = new LinkedHashSet<>();
        boolean written;

        ChangeFeed feed() {
            return ChangeFeed.this;
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            if (!readOnly) {
                written = true;
                write(changes);
            }
        }

        @Override
        public void afterCompletion(int status) {
            if (status == STATUS_COMMITTED && !written) {
                written = true;
                ownTransaction.executeWithoutResult(s -> write(changes));
            }
        }
    }
}
