package vn.toasoan.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * A real S3-compatible server: S3Proxy from its own jar (copied to {@code target/s3proxy} by the build), in a JVM of
 * its own, keeping its objects in a local folder, with a bucket made for the tests. Requests must be signed with its
 * keys, as with any bucket that is not public.
 */
public final class S3Server implements AutoCloseable {

    public static final String ACCESS_KEY = "toasoan-thu";
    public static final String SECRET_KEY = "khoa-bi-mat-cua-kho-anh-thu";
    public static final String BUCKET = "toasoan-anh";

    private static final Path JAR = Path.of("target", "s3proxy", "s3proxy.jar");

    private final Process process;
    private final int port;
    private final Path folder;

    private S3Server(Process process, int port, Path folder) {
        this.process = process;
        this.port = port;
        this.folder = folder;
    }

    public static S3Server start() {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR + " is missing: run mvn -B verify, which copies S3Proxy there");
        }
        int port = AppProcess.freePort();
        Path root = Path.of("target", "test-data", "s3-" + UUID.randomUUID()).toAbsolutePath();
        try {
            Files.createDirectories(root.resolve("objects"));
            Path settings = root.resolve("s3proxy.conf");
            Files.writeString(
                    settings,
                    String.join(
                            "\n",
                            List.of(
                                    "s3proxy.endpoint=http://127.0.0.1:" + port,
                                    "s3proxy.authorization=aws-v2-or-v4",
                                    "s3proxy.identity=" + ACCESS_KEY,
                                    "s3proxy.credential=" + SECRET_KEY,
                                    "jclouds.provider=filesystem",
                                    "jclouds.filesystem.basedir=" + root.resolve("objects"))));
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx256m",
                    "-jar",
                    JAR.toAbsolutePath().toString(),
                    "--properties",
                    settings.toString()));
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(root.resolve("s3proxy.log").toFile())
                    .start();
            var server = new S3Server(process, port, root.resolve("objects"));
            server.awaitListening();
            try (S3Client client = server.client()) {
                client.createBucket(b -> b.bucket(BUCKET));
            }
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String endpoint() {
        return "http://127.0.0.1:" + port;
    }

    /** The settings a node needs to keep its files here. */
    public String[] nodeSettings() {
        return new String[] {
            "toasoan.s3.endpoint=" + endpoint(),
            "toasoan.s3.bucket=" + BUCKET,
            "toasoan.s3.access-key=" + ACCESS_KEY,
            "toasoan.s3.secret-key=" + SECRET_KEY
        };
    }

    /** Where S3Proxy keeps an object of the bucket on disk. */
    public Path object(String key) {
        return folder.resolve(BUCKET).resolve(key);
    }

    public S3Client client() {
        return S3Client.builder()
                .endpointOverride(URI.create(endpoint()))
                .region(Region.US_EAST_1)
                .credentialsProvider(
                        StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)))
                .forcePathStyle(true)
                .httpClient(UrlConnectionHttpClient.create())
                .build();
    }

    private void awaitListening() {
        HttpClient http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new AssertionError("S3Proxy exited during start-up; see its log under " + folder.getParent());
            }
            try {
                http.send(
                        HttpRequest.newBuilder(URI.create(endpoint() + "/")).build(),
                        HttpResponse.BodyHandlers.discarding());
                return;
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("S3Proxy did not listen within a minute");
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(20, TimeUnit.SECONDS);
        }
    }
}
