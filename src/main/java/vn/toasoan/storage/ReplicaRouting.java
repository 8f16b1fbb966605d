package vn.toasoan.storage;

import java.sql.Connection;
import java.sql.SQLException;
import org.springframework.jdbc.datasource.AbstractDataSource;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The application's data source when {@code TOASOAN_DB_REPLICA_URL} is set. A statement goes to the streaming replica
 * only while a reader's page is being served ({@link ReaderReads}) and outside any transaction that may write;
 * everything else (the newsroom, the API, comments sent, every job, every write) goes to the primary, so whoever
 * writes reads their own writes. Readers see pages at most the replica's lag old; see {@link Replica} for when they
 * read from the primary all the same.
 *
 * <p>The real connection is taken at the first statement, not when a transaction begins ({@link
 * LazyConnectionDataSourceProxy}), so that whether the transaction is read-only is known by then.
 */
final class ReplicaRouting extends LazyConnectionDataSourceProxy {

    ReplicaRouting(Replica replica) {
        setTargetDataSource(new AbstractDataSource() {
            @Override
            public Connection getConnection() throws SQLException {
                return readsForReaders()
                        ? replica.forReaders()
                        : replica.primary().getConnection();
            }

            @Override
            public Connection getConnection(String username, String password) throws SQLException {
                return replica.primary().getConnection(username, password);
            }
        });
        setDefaultAutoCommit(true);
        setDefaultTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
        replica.routing(this);
    }

    private static boolean readsForReaders() {
        return ReaderReads.active()
                && (!TransactionSynchronizationManager.isActualTransactionActive()
                        || TransactionSynchronizationManager.isCurrentTransactionReadOnly());
    }
}
