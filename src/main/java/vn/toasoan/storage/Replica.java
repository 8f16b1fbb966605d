package vn.toasoan.storage;

import com.zaxxer.hikari.HikariDataSource;
import java.io.Closeable;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.postgresql.replication.LogSequenceNumber;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;

/**
 * The primary and its streaming replica, and how far the replica has come. After this node commits a change, readers'
 * pages on this node read from the primary until the replica has replayed that commit, so that no cache this node
 * refills after the change is refilled from before it. A replica that does not answer is left alone for a few seconds,
 * while the primary serves readers.
 */
final class Replica implements Closeable, TransactionExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(Replica.class);

    /** How often, at most, the replica is asked how far it has replayed while this node waits for it. */
    private static final long REPLAY_CHECK_NANOS = 20_000_000L;
    /** How long a replica that did not answer is left alone. */
    private static final long RETRY_NANOS = 5_000_000_000L;

    private final HikariDataSource primary;
    private final HikariDataSource replica;
    private final AtomicInteger committing = new AtomicInteger();
    /** Transactions about to commit a change, by thread: only they make readers wait for the replica. */
    private final ThreadLocal<Boolean> writing = new ThreadLocal<>();

    private volatile DataSource routing;
    private final AtomicLong written = new AtomicLong();
    private volatile long replayed;
    private volatile long replayCheckedAt;
    private volatile long failedAt;
    private volatile boolean down;

    Replica(HikariDataSource primary, HikariDataSource replica) {
        this.primary = primary;
        this.replica = replica;
    }

    DataSource primary() {
        return primary;
    }

    /** The application's data source, whose connection a committing transaction holds. */
    void routing(DataSource routing) {
        this.routing = routing;
    }

    @Override
    public void close() {
        replica.close();
        primary.close();
    }

    /** A transaction that changed something is about to commit: readers wait for it, then for the replica. */
    @Override
    public void beforeCommit(TransactionExecution transaction) {
        if (transaction.isNewTransaction() && !transaction.isReadOnly() && changedSomething()) {
            writing.set(Boolean.TRUE);
            committing.incrementAndGet();
        }
    }

    @Override
    public void afterCommit(TransactionExecution transaction, Throwable failure) {
        if (Boolean.TRUE.equals(writing.get())) {
            writing.remove();
            try {
                if (failure == null) {
                    wrote(position(primary, "SELECT pg_current_wal_lsn()"));
                }
            } catch (SQLException e) {
                log.debug("Could not read the primary's position after a commit", e);
            } finally {
                committing.decrementAndGet();
            }
        }
    }

    /** Whether the committing transaction wrote anything: PostgreSQL gives a transaction an id at its first change. */
    private boolean changedSomething() {
        DataSource dataSource = routing;
        if (dataSource == null) {
            return true;
        }
        Connection connection = org.springframework.jdbc.datasource.DataSourceUtils.getConnection(dataSource);
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT txid_current_if_assigned() IS NOT NULL")) {
            return !rs.next() || rs.getBoolean(1);
        } catch (SQLException e) {
            return true;
        } finally {
            org.springframework.jdbc.datasource.DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /**
     * Another node committed a change that this node's caches just forgot: until the replica has replayed it, this
     * node's readers read from the primary, or the caches would fill again with what the change replaced.
     */
    void changedElsewhere() {
        try {
            wrote(position(primary, "SELECT pg_current_wal_lsn()"));
        } catch (SQLException e) {
            log.debug("Could not read the primary's position after a change on another node", e);
        }
    }

    /** Readers' pages on this node read from the primary until the replica has replayed up to {@code lsn}. */
    void wrote(long lsn) {
        written.accumulateAndGet(lsn, Math::max);
    }

    /** A connection for a reader's page: the replica's if it is up and has replayed this node's changes. */
    Connection forReaders() throws SQLException {
        if (!usable()) {
            return primary.getConnection();
        }
        try {
            Connection connection = replica.getConnection();
            if (down) {
                down = false;
                log.info("The database replica answers again; readers' pages read from it");
            }
            return connection;
        } catch (SQLException e) {
            failed(e);
            return primary.getConnection();
        }
    }

    private boolean usable() {
        if (down && System.nanoTime() - failedAt < RETRY_NANOS) {
            return false;
        }
        if (committing.get() > 0) {
            return false;
        }
        long needed = written.get();
        if (replayed >= needed) {
            return true;
        }
        long now = System.nanoTime();
        if (now - replayCheckedAt > REPLAY_CHECK_NANOS) {
            replayCheckedAt = now;
            try {
                replayed = Math.max(replayed, position(replica, "SELECT pg_last_wal_replay_lsn()"));
            } catch (SQLException e) {
                failed(e);
                return false;
            }
        }
        return replayed >= needed;
    }

    private void failed(SQLException e) {
        failedAt = System.nanoTime();
        if (!down) {
            down = true;
            log.warn("The database replica does not answer; readers' pages read from the primary", e);
        }
    }

    private static long position(DataSource dataSource, String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            String lsn = rs.next() ? rs.getString(1) : null;
            return lsn == null ? 0 : LogSequenceNumber.valueOf(lsn).asLong();
        }
    }
}
