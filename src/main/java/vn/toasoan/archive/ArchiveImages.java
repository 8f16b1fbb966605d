package vn.toasoan.archive;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.toasoan.media.Image;
import vn.toasoan.media.ImageRejectedException;
import vn.toasoan.media.MediaStore;

/**
 * The photos of an archive, stored once each through the media pipeline (re-encoded, resized, metadata dropped): from
 * the local copy of the old site's {@code wp-content/uploads} tree when there is one, else from their address when it
 * answers. An address that does not answer is a warning, and its host is not asked again in this run.
 */
final class ArchiveImages {

    private static final String UPLOADS = "/wp-content/uploads/";
    /** WordPress's resized copies: {@code anh-300x200.jpg} beside the original {@code anh.jpg}. */
    private static final Pattern RESIZED = Pattern.compile("^(.*)-\\d+x\\d+(\\.[A-Za-z0-9]+)$");

    private static final long MAX_BYTES = 50L * 1024 * 1024;

    /** Why a photo could not be had. */
    enum Missing {
        NOT_IN_UPLOADS,
        UNREACHABLE,
        NOT_AN_IMAGE
    }

    /** A photo stored, or why not. */
    record Outcome(UUID imageId, Missing missing) {}

    private final MediaStore media;
    private final ArchiveRepository repository;
    private final Path uploads;
    private final HttpClient http;
    private final Set<String> deadHosts = ConcurrentHashMap.newKeySet();
    private final Map<String, Outcome> seen = new ConcurrentHashMap<>();

    ArchiveImages(MediaStore media, ArchiveRepository repository, Path uploads, boolean fetchRemote) {
        this.media = media;
        this.repository = repository;
        this.uploads = uploads;
        this.http = fetchRemote
                ? HttpClient.newBuilder()
                        .connectTimeout(Duration.ofSeconds(3))
                        .followRedirects(HttpClient.Redirect.NORMAL)
                        .build()
                : null;
    }

    /** The stored image for a photo's address, storing it the first time; thread-safe. */
    Outcome store(String url) {
        if (url == null || url.isBlank()) {
            return new Outcome(null, Missing.NOT_IN_UPLOADS);
        }
        return seen.computeIfAbsent(url.strip(), this::storeOnce);
    }

    private Outcome storeOnce(String url) {
        Optional<UUID> stored = repository.imageAt(url);
        if (stored.isPresent()) {
            return new Outcome(stored.get(), null);
        }
        byte[] bytes;
        Optional<Path> local = local(url);
        try {
            if (local.isPresent()) {
                bytes = Files.readAllBytes(local.get());
            } else if (http == null) {
                return new Outcome(null, Missing.NOT_IN_UPLOADS);
            } else {
                Optional<byte[]> fetched = fetch(url);
                if (fetched.isEmpty()) {
                    return new Outcome(null, Missing.UNREACHABLE);
                }
                bytes = fetched.get();
            }
        } catch (IOException e) {
            return new Outcome(null, Missing.NOT_IN_UPLOADS);
        }
        try {
            Image image = media.upload(bytes, fileName(url));
            media.keep(java.util.List.of(image.id()));
            repository.rememberImage(url, image.id());
            return new Outcome(image.id(), null);
        } catch (ImageRejectedException e) {
            return new Outcome(null, Missing.NOT_AN_IMAGE);
        }
    }

    /** The file in the local uploads tree: the original when it is there, else the resized copy named. */
    private Optional<Path> local(String url) {
        if (uploads == null) {
            return Optional.empty();
        }
        String path = URI.create(url.replace(" ", "%20")).getPath();
        if (path == null) {
            return Optional.empty();
        }
        int at = path.indexOf(UPLOADS);
        String relative = at >= 0 ? path.substring(at + UPLOADS.length()) : path.replaceFirst("^/+", "");
        Path file = uploads.resolve(relative).normalize();
        if (!file.startsWith(uploads)) {
            return Optional.empty();
        }
        Matcher resized = RESIZED.matcher(file.getFileName().toString());
        if (resized.matches()) {
            Path original = file.resolveSibling(resized.group(1) + resized.group(2));
            if (Files.isRegularFile(original)) {
                return Optional.of(original);
            }
        }
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    private Optional<byte[]> fetch(String url) {
        if (http == null) {
            return Optional.empty();
        }
        URI uri;
        try {
            uri = URI.create(url.replace(" ", "%20"));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (uri.getHost() == null || deadHosts.contains(uri.getHost())) {
            return Optional.empty();
        }
        try {
            HttpResponse<byte[]> response = http.send(
                    HttpRequest.newBuilder(uri)
                            .timeout(Duration.ofSeconds(10))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200 || response.body().length > MAX_BYTES) {
                return Optional.empty();
            }
            return Optional.of(response.body());
        } catch (IOException e) {
            deadHosts.add(uri.getHost());
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** Hosts that did not answer, for the summary. */
    Set<String> unreachableHosts() {
        return Set.copyOf(deadHosts);
    }

    private static String fileName(String url) {
        String name = url.substring(url.lastIndexOf('/') + 1);
        int query = name.indexOf('?');
        return query >= 0 ? name.substring(0, query) : name;
    }
}
