package vn.toasoan.storage;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.toasoan.platform.OperatorText;

/**
 * The embedded PostgreSQL: a real server from the binaries shipped in the jar, with its cluster under the data
 * directory.
 *
 * <p>zonky's builder is made for tests; this class turns its defaults back into a durable server ({@code fsync} and
 * {@code synchronous_commit} on, the cluster kept) and takes over a cluster that a killed process left behind.
 * Running as root works because zonky starts PostgreSQL in a user namespace ({@code unshare -U}) then.
 */
final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final Duration STALE_SERVER_STOP_WAIT = Duration.ofSeconds(60);

    private final EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    static EmbeddedPostgresServer start(Path cluster, Path binaries) throws IOException {
        Files.createDirectories(cluster);
        Files.createDirectories(binaries);
        checkCanRunAsThisUser();
        stopLeftoverServer(cluster);
        var builder = EmbeddedPostgres.builder()
                .setDataDirectory(cluster)
                .setCleanDataDirectory(false)
                .setOverrideWorkingDirectory(binaries.toFile())
                // Spring closes this server after the beans that still write on shutdown.
                .setRegisterShutdownHook(false)
                // crash recovery after a kill can take longer than zonky's 10 s
                .setPGStartupWait(Duration.ofSeconds(120))
                .setLocaleConfig("locale", "C")
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .setServerConfig("listen_addresses", "localhost")
                .setServerConfig("timezone", "UTC")
                .setServerConfig("max_connections", "50");
        return new EmbeddedPostgresServer(builder.start());
    }

    String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    int port() {
        return postgres.getPort();
    }

    @Override
    public void close() throws IOException {
        postgres.close();
        log.info("Embedded PostgreSQL stopped");
    }

    /**
     * A process killed without a clean shutdown leaves its postmaster running, or a stale {@code postmaster.pid}.
     * The data directory lock proves that no live Tòa Soạn owns this cluster any more, so its server is ours to stop.
     */
    private static void stopLeftoverServer(Path cluster) throws IOException {
        Path pidFile = cluster.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        Optional<ProcessHandle> postmaster =
                readPid(pidFile).flatMap(ProcessHandle::of).filter(p -> servesCluster(p, cluster));
        if (postmaster.isEmpty()) {
            // also when the pid now belongs to another program: PostgreSQL would refuse to start while it lives
            log.warn("Removing stale {} left by a server that no longer runs", pidFile);
            Files.deleteIfExists(pidFile);
            return;
        }
        ProcessHandle server = postmaster.get();
        log.warn("A PostgreSQL server (pid {}) from an earlier run still uses {}; stopping it", server.pid(), cluster);
        List<ProcessHandle> family = server.descendants().toList();
        server.destroy(); // SIGTERM: smart shutdown, no client is left
        try {
            server.onExit().get(STALE_SERVER_STOP_WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            log.warn("PostgreSQL (pid {}) did not stop in time; killing it", server.pid());
            server.destroyForcibly();
        }
        for (ProcessHandle child : family) {
            try {
                child.onExit().get(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                child.destroyForcibly();
            }
        }
        Files.deleteIfExists(pidFile);
    }

    /** A reused pid may belong to any program, another PostgreSQL included: only a server of this cluster is ours. */
    private static boolean servesCluster(ProcessHandle process, Path cluster) {
        var info = process.info();
        if (!info.command().map(c -> c.endsWith("/postgres")).orElse(false)) {
            return false;
        }
        String[] args = info.arguments().orElse(new String[0]);
        Path ours = cluster.toAbsolutePath().normalize();
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals("-D")
                    && Path.of(args[i + 1]).toAbsolutePath().normalize().equals(ours)) {
                return true;
            }
        }
        return false;
    }

    /**
     * PostgreSQL refuses to run as root; zonky then starts it in a user namespace, which some containers forbid. Say
     * so plainly instead of failing somewhere inside initdb.
     */
    private static void checkCanRunAsThisUser() {
        if (!"root".equals(System.getProperty("user.name"))) {
            return;
        }
        boolean namespaces;
        try {
            Process probe = new ProcessBuilder("unshare", "-U", "true")
                    .redirectErrorStream(true)
                    .start();
            namespaces = probe.waitFor(10, TimeUnit.SECONDS) && probe.exitValue() == 0;
        } catch (IOException e) {
            namespaces = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            namespaces = false;
        }
        if (!namespaces) {
            throw new IllegalStateException(OperatorText.get("storage.rootWithoutNamespaces"));
        }
    }

    private static Optional<Long> readPid(Path pidFile) throws IOException {
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(lines.get(0).trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
