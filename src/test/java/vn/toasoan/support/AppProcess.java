package vn.toasoan.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Tòa Soạn in a JVM of its own, started from the built jar as an operator starts it, so that tests can stop it, kill
 * it, or run its command line next to it. Tests that use it are named {@code *ProcessTests} and run under Failsafe,
 * after {@code package}.
 */
public final class AppProcess {

    /** The first administrator of every data directory these processes create. */
    public static final String ADMIN_EMAIL = "bientap@baosonglam.vn";

    public static final String ADMIN_PASSWORD = "Mat-khau-thu-nghiem-2026";

    private static final Path JAR = Path.of("target", "toasoan.jar");
    private static final Path CLASSES = Path.of("target", "classes");

    /** Servers a failed test left running are killed with the test JVM, together with their PostgreSQL. */
    private static final List<AppProcess> STARTED = new java.util.concurrent.CopyOnWriteArrayList<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            for (AppProcess app : STARTED) {
                if (app.process.isAlive()) {
                    try {
                        app.killWithDatabase();
                    } catch (Exception e) {
                        app.process.destroyForcibly();
                    }
                }
            }
        }));
    }

    private final Process process;
    private final Path log;
    private final int port;
    private final Path dataDir;

    private AppProcess(Process process, Path log, int port, Path dataDir) {
        this.process = process;
        this.log = log;
        this.port = port;
        this.dataDir = dataDir;
        STARTED.add(this);
    }

    /** Starts the server and waits until it answers its health check. */
    public static AppProcess startServer(Path dataDir, int port, String... extraArgs) {
        return startServer(Path.of(System.getProperty("java.home")), true, dataDir, port, extraArgs);
    }

    /**
     * Starts the server on this JDK and waits until it answers its health check.
     *
     * @param testSettings whether to add the settings tests run with (the view counter flushed only when asked); without
     *     them the server runs as shipped
     */
    public static AppProcess startServer(
            Path javaHome, boolean testSettings, Path dataDir, int port, String... extraArgs) {
        List<String> args = new ArrayList<>(List.of("--server.port=" + port));
        args.addAll(List.of(extraArgs));
        List<String> command = javaCommand(javaHome, dataDir, testSettings);
        command.addAll(args);
        AppProcess app = launch(dataDir, command, dataDir.resolve("server-" + port + ".log"), port);
        app.awaitHealthy(Duration.ofSeconds(120));
        return app;
    }

    /** Runs {@code java -jar toasoan.jar import-page …} and waits for it to exit. */
    public static Result runCommand(Path dataDir, String... args) {
        Path log = dataDir.resolve("command-" + System.nanoTime() + ".log");
        Path err = dataDir.resolve("command-" + System.nanoTime() + ".err");
        List<String> command = javaCommand(Path.of(System.getProperty("java.home")), dataDir, true);
        command.addAll(List.of(args));
        try {
            Files.createDirectories(dataDir);
            Process process = new ProcessBuilder(command)
                    .redirectOutput(log.toFile())
                    .redirectError(err.toFile())
                    .start();
            if (!process.waitFor(180, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("The command did not finish: " + command);
            }
            return new Result(
                    process.exitValue(),
                    Files.readString(log, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public record Result(int exitCode, String out, String err) {}

    private static AppProcess launch(Path dataDir, List<String> command, Path log, int port) {
        try {
            Files.createDirectories(dataDir);
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
            return new AppProcess(process, log, port, dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code java -jar target/toasoan.jar} on the tests' JVM, as an operator runs it. */
    private static List<String> javaCommand(Path javaHome, Path dataDir, boolean testSettings) {
        String java = javaHome.resolve("bin").resolve("java").toString();
        // the operator steps need no demo paper, and start faster without it; a test's own argument may still ask
        List<String> command = new ArrayList<>(List.of(
                java,
                "-Xmx512m",
                "-Dtoasoan.demo-content=false",
                "-jar",
                builtJar().toString()));
        command.add("--toasoan.data-dir=" + dataDir.toAbsolutePath());
        command.add("--toasoan.postgres-binaries="
                + Path.of("target", "postgres-bin").toAbsolutePath());
        if (testSettings) {
            command.add("--toasoan.views.flush-interval=1h");
        }
        command.add("--toasoan.admin.email=" + ADMIN_EMAIL);
        command.add("--toasoan.admin.password=" + ADMIN_PASSWORD);
        return command;
    }

    /**
     * The jar that {@code package} built, which Failsafe runs these tests after. Started from an IDE, it must hold the
     * classes just compiled, or the test would try yesterday's code. (Its file time says nothing: a reproducible build
     * stamps the jar with a fixed time.)
     */
    static Path builtJar() {
        Path jar = JAR.toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(
                    jar + " is missing: build it first (mvn -B -q package -DskipTests), or run mvn -B verify");
        }
        try (ZipFile zip = new ZipFile(jar.toFile());
                Stream<Path> classes = Files.walk(CLASSES)) {
            Optional<Path> different = classes.filter(file -> file.toString().endsWith(".class"))
                    .filter(file -> {
                        ZipEntry entry = zip.getEntry("BOOT-INF/classes/"
                                + CLASSES.relativize(file).toString().replace('\\', '/'));
                        return entry == null || entry.getCrc() != crc(file);
                    })
                    .findAny();
            if (different.isPresent()) {
                throw new IllegalStateException(jar + " does not hold " + different.get()
                        + " as compiled: build it again (mvn -B -q package -DskipTests), or run mvn -B verify");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return jar;
    }

    private static long crc(Path file) {
        try {
            var crc = new CRC32();
            crc.update(Files.readAllBytes(file));
            return crc.getValue();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String url(String path) {
        return "http://localhost:" + port + path;
    }

    public Http http() {
        return new Http(port);
    }

    public long pid() {
        return process.pid();
    }

    public String log() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A normal shutdown (SIGTERM), as systemd or Ctrl-C does it. */
    public int stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("Tòa Soạn did not stop within a minute");
        }
        return process.exitValue();
    }

    /** SIGKILL to the JVM alone, as the kernel's out-of-memory killer does: its PostgreSQL keeps running. */
    public void killJvmOnly() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** SIGKILL to the JVM and to its PostgreSQL with every backend, as a power cut leaves them. */
    public void killWithDatabase() throws IOException, InterruptedException {
        long postmaster =
                Long.parseLong(Files.readAllLines(dataDir.resolve("postgres").resolve("postmaster.pid"))
                        .get(0)
                        .trim());
        List<ProcessHandle> database = new ArrayList<>();
        ProcessHandle.of(postmaster).ifPresent(p -> {
            database.add(p);
            p.descendants().forEach(database::add);
        });
        process.destroyForcibly();
        database.forEach(ProcessHandle::destroyForcibly);
        process.waitFor(30, TimeUnit.SECONDS);
        for (ProcessHandle p : database) {
            p.onExit().join();
        }
    }

    private void awaitHealthy(Duration timeout) {
        HttpClient client = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new AssertionError("Tòa Soạn exited during start-up:\n" + log());
            }
            try {
                HttpResponse<String> response = client.send(
                        HttpRequest.newBuilder(URI.create(url("/actuator/health")))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("UP")) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("Tòa Soạn did not become healthy in " + timeout + ":\n" + log());
    }

    /** A JDK 17 on this machine, if there is one besides the one running the tests. */
    public static java.util.Optional<Path> jdk17() {
        try (Stream<Path> homes = Files.list(Path.of("/usr/lib/jvm"))) {
            return homes.filter(home -> Files.isExecutable(home.resolve("bin").resolve("java")))
                    .filter(home -> {
                        try {
                            return Files.readAllLines(home.resolve("release")).stream()
                                    .anyMatch(line -> line.startsWith("JAVA_VERSION=\"17"));
                        } catch (IOException e) {
                            return false;
                        }
                    })
                    .findFirst();
        } catch (IOException e) {
            return java.util.Optional.empty();
        }
    }

    public static int freePort() {
        try (var socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
