package vn.toasoan.platform;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.zip.CRC32;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Periodic jobs that act on the shared database or files run once across all app nodes: each node's scheduler calls
 * {@link #runIfDue} as before, and only one of them does the work.
 *
 * <p>Two PostgreSQL facts make it so, with nothing else to run. A session-level advisory lock, held on a connection of
 * its own for as long as the work lasts, keeps a second node out while one works; if that node dies, PostgreSQL ends
 * its session and the lock with it (TCP keepalives on that connection bound how long a vanished machine holds it), so
 * the job goes on from another node at its next turn. The {@code cluster_jobs} table remembers when the job last
 * started anywhere, in the database's time, so that N nodes together run it once per period rather than N times.
 *
 * <p>A transaction-mode connection pooler (PgBouncer's {@code pool_mode = transaction}) between the nodes and
 * PostgreSQL would break session-level locks; session mode, or none, is needed.
 */
@Component
public class ClusterJobs {

    private static final Logger log = LoggerFactory.getLogger(ClusterJobs.class);

    /** The first half of every lock's key: "TSJB", so that the locks of other programs on the database never meet ours. */
    private static final int LOCK_SPACE = 0x54534a42;

    /** A node whose timer fires a little early still finds the job due, and a late one never makes it run twice. */
    private static final double SLACK = 0.75;

    private final DataSource dataSource;
    private final String node;

    ClusterJobs(DataSource dataSource, @Value("${toasoan.node-name:}") String node) {
        this.dataSource = dataSource;
        this.node = node.isBlank() ? ManagementFactory.getRuntimeMXBean().getName() : node;
    }

    /** What this node calls itself in {@code cluster_jobs}: {@code toasoan.node-name}, or its process and host. */
    public String node() {
        return node;
    }

    /**
     * Runs {@code work} here unless another node runs this job now, or it started anywhere less than about
     * {@code interval} ago.
     *
     * @return whether it ran here
     */
    public boolean runIfDue(String job, Duration interval, Runnable work) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            if (!tryLock(connection, job)) {
                return false;
            }
            try {
                if (!due(connection, job, interval)) {
                    return false;
                }
                started(connection, job);
                work.run();
                finished(connection, job);
                return true;
            } finally {
                if (!unlock(connection, job)) {
                    // never hand a connection that may still hold the lock back to the pool
                    connection.abort(Runnable::run);
                }
            }
        } catch (SQLException e) {
            log.warn("Could not coordinate the job {} with the other nodes; it runs at its next turn", job, e);
            return false;
        }
    }

    static int key(String job) {
        var crc = new CRC32();
        crc.update(job.getBytes(StandardCharsets.UTF_8));
        return (int) crc.getValue();
    }

    private static boolean tryLock(Connection connection, String job) throws SQLException {
        try (Statement settings = connection.createStatement()) {
            // a node that vanishes without closing its connection releases the lock within about a minute
            settings.execute("SET tcp_keepalives_idle = 30; SET tcp_keepalives_interval = 10;"
                    + " SET tcp_keepalives_count = 3");
        }
        try (PreparedStatement lock = connection.prepareStatement("SELECT pg_try_advisory_lock(?, ?)")) {
            lock.setInt(1, LOCK_SPACE);
            lock.setInt(2, key(job));
            try (ResultSet rs = lock.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    private static boolean unlock(Connection connection, String job) {
        try (PreparedStatement unlock = connection.prepareStatement("SELECT pg_advisory_unlock(?, ?)")) {
            unlock.setInt(1, LOCK_SPACE);
            unlock.setInt(2, key(job));
            try (ResultSet rs = unlock.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        } catch (SQLException e) {
            return false;
        }
    }

    private static boolean due(Connection connection, String job, Duration interval) throws SQLException {
        try (PreparedStatement due = connection.prepareStatement(
                "SELECT coalesce((SELECT started_at <= now() - make_interval(secs => ?) FROM cluster_jobs"
                        + " WHERE name = ?), true)")) {
            due.setDouble(1, interval.toMillis() * SLACK / 1000.0);
            due.setString(2, job);
            try (ResultSet rs = due.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    private void started(Connection connection, String job) throws SQLException {
        try (PreparedStatement started = connection.prepareStatement(
                "INSERT INTO cluster_jobs (name, started_at, node) VALUES (?, now(), ?) ON CONFLICT (name)"
                        + " DO UPDATE SET started_at = now(), finished_at = NULL, node = EXCLUDED.node")) {
            started.setString(1, job);
            started.setString(2, node);
            started.executeUpdate();
        }
    }

    private static void finished(Connection connection, String job) throws SQLException {
        try (PreparedStatement finished =
                connection.prepareStatement("UPDATE cluster_jobs SET finished_at = now() WHERE name = ?")) {
            finished.setString(1, job);
            finished.executeUpdate();
        }
    }
}
