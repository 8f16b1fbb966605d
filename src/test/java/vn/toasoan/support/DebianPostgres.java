package vn.toasoan.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Debian's PostgreSQL server ({@code apt-get install postgresql}), as a paper's own database server would run it: a
 * primary and a streaming replica made from it with {@code pg_basebackup -R}, each on a free port of loopback, in a
 * temporary folder. PostgreSQL refuses to run as root, so when the tests run as root the servers run as the
 * {@code postgres} user the package creates.
 */
public final class DebianPostgres implements AutoCloseable {

    private final Path bin;
    private final Path folder;
    private final int primaryPort;
    private final int replicaPort;
    private boolean replicaRunning;

    private DebianPostgres(Path bin, Path folder, int primaryPort, int replicaPort) {
        this.bin = bin;
        this.folder = folder;
        this.primaryPort = primaryPort;
        this.replicaPort = replicaPort;
    }

    /** The newest server Debian's packages installed, or empty when there is none. */
    public static java.util.Optional<Path> binaries() {
        Path versions = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(versions)) {
            return java.util.Optional.empty();
        }
        try (Stream<Path> list = Files.list(versions)) {
            return list.filter(v -> v.getFileName().toString().matches("\\d+"))
                    .max(Comparator.comparingInt(
                            v -> Integer.parseInt(v.getFileName().toString())))
                    .map(v -> v.resolve("bin"))
                    .filter(b -> Files.isExecutable(b.resolve("initdb")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A primary and its streaming replica, both running and the replica following. */
    public static DebianPostgres startWithReplica() {
        Path bin = binaries()
                .orElseThrow(() -> new IllegalStateException(
                        "Debian's PostgreSQL server is missing: apt-get install postgresql (.ci/run does)"));
        try {
            Path folder = Files.createTempDirectory("toasoan-pg-");
            var postgres = new DebianPostgres(bin, folder, AppProcess.freePort(), AppProcess.freePort());
            postgres.run("chown", "-R", "postgres:postgres", folder.toString());
            postgres.runAsPostgres(
                    bin.resolve("initdb").toString(),
                    "-D",
                    postgres.primary().toString(),
                    "-U",
                    "postgres",
                    "--auth=trust",
                    "-E",
                    "UTF8",
                    "--locale=C");
            Files.writeString(
                    postgres.primary().resolve("postgresql.conf"),
                    String.join(
                            "\n",
                            "",
                            "listen_addresses = 'localhost'",
                            "port = " + postgres.primaryPort,
                            "unix_socket_directories = '" + folder + "'",
                            "wal_level = replica",
                            "max_wal_senders = 4",
                            "hot_standby = on",
                            "fsync = off",
                            "max_connections = 60",
                            ""),
                    java.nio.file.StandardOpenOption.APPEND);
            postgres.pgCtl(
                    postgres.primary(),
                    "start",
                    "-w",
                    "-l",
                    folder.resolve("primary.log").toString());
            postgres.runAsPostgres(
                    bin.resolve("pg_basebackup").toString(),
                    "-h",
                    "localhost",
                    "-p",
                    String.valueOf(postgres.primaryPort),
                    "-U",
                    "postgres",
                    "-D",
                    postgres.replica().toString(),
                    "-R",
                    "-X",
                    "stream");
            postgres.startReplica();
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String primaryUrl() {
        return "jdbc:postgresql://localhost:" + primaryPort + "/postgres";
    }

    public String replicaUrl() {
        return "jdbc:postgresql://localhost:" + replicaPort + "/postgres";
    }

    public Connection primaryConnection() throws SQLException {
        return DriverManager.getConnection(primaryUrl(), "postgres", "");
    }

    public Connection replicaConnection() throws SQLException {
        return DriverManager.getConnection(replicaUrl(), "postgres", "");
    }

    /** Stops applying what the primary sends, as a replica that falls behind does. */
    public void pauseReplay() throws SQLException {
        execute("SELECT pg_wal_replay_pause()");
    }

    public void resumeReplay() throws SQLException {
        execute("SELECT pg_wal_replay_resume()");
    }

    public void stopReplica() {
        pgCtl(replica(), "stop", "-m", "fast", "-w");
        replicaRunning = false;
    }

    public void startReplica() {
        pgCtl(
                replica(),
                "start",
                "-w",
                "-o",
                "-p " + replicaPort,
                "-l",
                folder.resolve("replica.log").toString());
        replicaRunning = true;
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            try (Connection c = replicaConnection();
                    ResultSet rs = c.createStatement().executeQuery("SELECT pg_is_in_recovery()")) {
                if (rs.next() && rs.getBoolean(1)) {
                    return;
                }
            } catch (SQLException e) {
                // still starting
            }
            sleep(200);
        }
        throw new AssertionError("The replica did not come up as a standby");
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = replicaConnection()) {
            c.createStatement().execute(sql);
        }
    }

    private Path primary() {
        return folder.resolve("primary");
    }

    private Path replica() {
        return folder.resolve("replica");
    }

    private void pgCtl(Path cluster, String... args) {
        List<String> command = new ArrayList<>(List.of(bin.resolve("pg_ctl").toString(), "-D", cluster.toString()));
        command.addAll(List.of(args));
        runAsPostgres(command.toArray(String[]::new));
    }

    private void runAsPostgres(String... command) {
        List<String> full = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(List.of(command));
        run(full.toArray(String[]::new));
    }

    private void run(String... command) {
        if (command[0].equals("chown") && !"root".equals(System.getProperty("user.name"))) {
            return; // the folder is already this user's
        }
        try {
            Process process = new ProcessBuilder(command)
                    .directory(folder.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(
                            folder.resolve("commands.log").toFile()))
                    .start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("Timed out: " + String.join(" ", command));
            }
            if (process.exitValue() != 0) {
                throw new AssertionError(
                        String.join(" ", command) + " failed:\n" + Files.readString(folder.resolve("commands.log")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws IOException {
        if (replicaRunning) {
            pgCtl(replica(), "stop", "-m", "immediate", "-w");
        }
        pgCtl(primary(), "stop", "-m", "immediate", "-w");
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
