package vn.toasoan.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Debian's nginx ({@code apt-get install nginx}) running the repository's reference configuration,
 * {@code deploy/nginx/toasoan.conf}, in front of an application on this machine: the file as an operator installs it,
 * with only its addresses, its cache folder and its per-address connection limit moved to a temporary folder and free
 * ports of loopback.
 */
public final class DebianNginx implements AutoCloseable {

    private static final Path NGINX = Path.of("/usr/sbin/nginx");
    private static final Path REFERENCE = Path.of("deploy", "nginx", "toasoan.conf");

    private final Path folder;
    private final int port;
    private final Process process;

    private DebianNginx(Path folder, int port, Process process) {
        this.folder = folder;
        this.port = port;
        this.process = process;
    }

    /** nginx with the reference configuration, answering on {@link #port()}, passing to the application's port. */
    public static DebianNginx inFrontOf(int applicationPort) {
        if (!Files.isExecutable(NGINX)) {
            throw new IllegalStateException("Debian's nginx is missing: apt-get install nginx (.ci/run does)");
        }
        try {
            Path folder = Files.createTempDirectory("toasoan-nginx-");
            int port = AppProcess.freePort();
            String reference = Files.readString(REFERENCE);
            String site = replace(reference, "listen 80;", "listen 127.0.0.1:" + port + ";");
            site = replace(site, "listen [::]:80;", "");
            site = replace(site, "server 127.0.0.1:8080;", "server 127.0.0.1:" + applicationPort + ";");
            site = replace(
                    site, "/var/cache/nginx/toasoan", folder.resolve("cache").toString());
            // every request of a test comes from one address
            site = replace(site, "limit_conn toasoan_per_address 50;", "limit_conn toasoan_per_address 500;");
            Files.writeString(folder.resolve("toasoan.conf"), site);
            Files.writeString(
                    folder.resolve("nginx.conf"),
                    String.join(
                            "\n",
                            List.of(
                                    "daemon off;",
                                    "worker_processes 1;",
                                    "pid " + folder.resolve("nginx.pid") + ";",
                                    "error_log " + folder.resolve("error.log") + ";",
                                    "events { worker_connections 256; }",
                                    "http {",
                                    "  access_log off;",
                                    "  include " + folder.resolve("toasoan.conf") + ";",
                                    "}",
                                    "")));
            if ("root".equals(System.getProperty("user.name"))) {
                // as root, nginx's workers run as nobody, which must write the cache and the temporary files
                run("chown", "-R", "nobody", folder.toString());
            }
            Process process = new ProcessBuilder(
                            NGINX.toString(),
                            "-p",
                            folder.toString(),
                            "-c",
                            folder.resolve("nginx.conf").toString())
                    .redirectErrorStream(true)
                    .redirectOutput(folder.resolve("nginx.out").toFile())
                    .start();
            var nginx = new DebianNginx(folder, port, process);
            nginx.awaitListening();
            return nginx;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return port;
    }

    /** What nginx wrote to its error log, for a failed assertion's message. */
    public String errorLog() {
        return read("error.log");
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        run("rm", "-rf", folder.toString());
    }

    private void awaitListening() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("nginx stopped: " + read("nginx.out") + errorLog());
            }
            try (var socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException notYet) {
                sleep();
            }
        }
        close();
        throw new IllegalStateException("nginx did not listen within 15 s: " + errorLog());
    }

    private String read(String file) {
        try {
            return Files.readString(folder.resolve(file));
        } catch (IOException e) {
            return e.toString();
        }
    }

    private static String replace(String config, String line, String with) {
        if (!config.contains(line)) {
            throw new IllegalStateException(REFERENCE + " no longer has " + line);
        }
        return config.replace(line, with);
    }

    private static void run(String... command) {
        try {
            Process process = new ProcessBuilder(command).inheritIO().start();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " did not finish");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
