package vn.toasoan.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.toasoan.support.ToaSoanIntegrationTest;

/**
 * A periodic job that acts on the shared database runs on one node at a time, once per period across the nodes, and
 * goes on from another node when the one running it dies. The second node here is a second connection pool to the
 * same database, as a second app node has.
 */
@ToaSoanIntegrationTest
class ClusterJobsIntegrationTests {

    @Autowired
    DataSource application;

    @Autowired
    JdbcClient jdbc;

    HikariDataSource otherPool;
    ClusterJobs nodeA;
    ClusterJobs nodeB;

    @BeforeEach
    void twoNodes() throws Exception {
        var pool = application.unwrap(HikariDataSource.class);
        otherPool = new HikariDataSource();
        otherPool.setJdbcUrl(pool.getJdbcUrl());
        otherPool.setUsername(pool.getUsername());
        otherPool.setPassword(pool.getPassword());
        otherPool.setMaximumPoolSize(3);
        nodeA = new ClusterJobs(application, "node-a");
        nodeB = new ClusterJobs(otherPool, "node-b");
    }

    @AfterEach
    void closePool() {
        otherPool.close();
    }

    @Test
    void whileOneNodeRunsAJobTheOtherDoesNotRunItToo() throws Exception {
        String job = "test-job-" + System.nanoTime();
        var started = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        var runs = new AtomicInteger();
        var onA = CompletableFuture.supplyAsync(() -> nodeA.runIfDue(job, Duration.ZERO, () -> {
            runs.incrementAndGet();
            started.countDown();
            await(release);
        }));
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();

        boolean ranOnB = nodeB.runIfDue(job, Duration.ZERO, runs::incrementAndGet);
        release.countDown();

        assertThat(ranOnB).isFalse();
        assertThat(onA.get(10, TimeUnit.SECONDS)).isTrue();
        assertThat(runs).hasValue(1);
        assertThat(jdbc.sql("SELECT node FROM cluster_jobs WHERE name = ? AND finished_at IS NOT NULL")
                        .param(job)
                        .query(String.class)
                        .single())
                .isEqualTo("node-a");
        // once the first is done, the job is free again
        assertThat(nodeB.runIfDue(job, Duration.ZERO, runs::incrementAndGet)).isTrue();
        assertThat(runs).hasValue(2);
    }

    @Test
    void twoNodesTogetherRunAJobOncePerPeriod() {
        String job = "hourly-" + System.nanoTime();
        var runs = new AtomicInteger();

        assertThat(nodeA.runIfDue(job, Duration.ofHours(1), runs::incrementAndGet))
                .isTrue();
        assertThat(nodeB.runIfDue(job, Duration.ofHours(1), runs::incrementAndGet))
                .isFalse();
        assertThat(nodeA.runIfDue(job, Duration.ofHours(1), runs::incrementAndGet))
                .isFalse();

        assertThat(runs).hasValue(1);
        // an hour later by the database's clock, the first node to look runs it
        jdbc.sql("UPDATE cluster_jobs SET started_at = started_at - interval '61 minutes' WHERE name = ?")
                .param(job)
                .update();
        assertThat(nodeB.runIfDue(job, Duration.ofHours(1), runs::incrementAndGet))
                .isTrue();
        assertThat(runs).hasValue(2);
    }

    @Test
    void whenTheNodeRunningAJobDiesAnotherNodeRunsIt() throws Exception {
        String job = "dying-" + System.nanoTime();
        var started = new CountDownLatch(1);
        var never = new CountDownLatch(1);
        var dying = new Thread(() -> {
            try {
                nodeA.runIfDue(job, Duration.ZERO, () -> {
                    started.countDown();
                    await(never);
                });
            } catch (RuntimeException ignored) {
                // the node is gone
            }
        });
        dying.setDaemon(true);
        dying.start();
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(nodeB.runIfDue(job, Duration.ZERO, () -> {})).isFalse();

        // the node's connections end as when its process is killed: PostgreSQL ends its session and its lock
        int ended = jdbc.sql("""
                        SELECT count(pg_terminate_backend(pid)) FROM pg_locks
                        WHERE locktype = 'advisory' AND classid = 1414744642 AND objid::bigint = ?::bigint""")
                .param(Integer.toUnsignedLong(ClusterJobs.key(job)))
                .query(Integer.class)
                .single();
        assertThat(ended).isEqualTo(1);

        var ranOnB = new AtomicInteger();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (ranOnB.get() == 0 && System.nanoTime() < deadline) {
            nodeB.runIfDue(job, Duration.ZERO, ranOnB::incrementAndGet);
            Thread.sleep(50);
        }
        assertThat(ranOnB).hasValue(1);
        never.countDown();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
