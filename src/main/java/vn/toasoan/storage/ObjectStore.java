package vn.toasoan.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.core.io.Resource;

/**
 * Where the paper's files live: under the data directory on one machine, or in an S3-compatible bucket that every app
 * node shares ({@code TOASOAN_S3_ENDPOINT}). A key is a relative path such as {@code media/ab/…-640.jpg}, the same in
 * both places, so that a data directory's files move into a bucket as they are.
 *
 * <p>Features declare the folders they keep files in, each {@link Access#PUBLIC} (readers may fetch its files straight
 * from the store's public address, if it has one) or {@link Access#PRIVATE} (only through the application, which
 * decides who may read what).
 */
public abstract class ObjectStore {

    /** Who may fetch a folder's files without asking the application. */
    public enum Access {
        PUBLIC,
        PRIVATE
    }

    /** A stored file as the store describes it; {@code etag} may be null where the store keeps none. */
    public record ObjectInfo(String key, long size, Instant lastModified, String etag) {}

    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*(/[A-Za-z0-9][A-Za-z0-9._-]*)*");

    private final Map<String, StoredFolder> folders = new ConcurrentHashMap<>();

    /** The folder {@code name} of this store, declared by the feature that keeps its files there. */
    public StoredFolder folder(String name, Access access) {
        checkKey(name);
        StoredFolder folder = folders.computeIfAbsent(name, n -> {
            prepare(n);
            return new StoredFolder(this, n, access);
        });
        if (folder.access() != access) {
            throw new IllegalArgumentException("Folder " + name + " is already declared " + folder.access());
        }
        return folder;
    }

    /** Every folder declared so far, for the command that moves a data directory's files into a bucket. */
    public List<StoredFolder> folders() {
        return folders.values().stream()
                .sorted(java.util.Comparator.comparing(StoredFolder::name))
                .toList();
    }

    /** Makes ready a folder a feature declares. */
    void prepare(String folder) {}

    /** Stores these bytes under {@code key}, replacing any file there, in one step: nobody reads half of it. */
    public abstract void put(String key, byte[] content, String contentType);

    /** Stores a copy of {@code file}. */
    public abstract void put(String key, Path file, String contentType);

    /** Stores {@code file}, which is no longer where it was once this returns. */
    public void moveIn(String key, Path file, String contentType) {
        put(key, file, contentType);
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public abstract Optional<ObjectInfo> stat(String key);

    /** The file as a resource to stream, with its length and time, or empty when there is none. */
    public abstract Optional<Resource> resource(String key);

    /** The whole file; for files small enough to hold, such as a reader's attachment of at most a few megabytes. */
    public Optional<byte[]> read(String key) {
        Optional<Resource> resource = resource(key);
        if (resource.isEmpty()) {
            return Optional.empty();
        }
        try (InputStream in = resource.get().getInputStream()) {
            return Optional.of(in.readAllBytes());
        } catch (java.io.FileNotFoundException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes the file if it is there. */
    public abstract void delete(String key);

    /** The files under a folder, in no particular order. */
    public abstract Stream<ObjectInfo> list(String folder);

    /** Where readers may fetch a public file straight from the store, if the store has a public address. */
    public Optional<URI> publicUrl(String key) {
        return Optional.empty();
    }

    /** Where the files are, for the operator: a folder or a bucket. */
    public abstract String describe();

    boolean isPublic(String key) {
        return folders.values().stream().anyMatch(f -> f.access() == Access.PUBLIC && key.startsWith(f.name() + "/"));
    }

    static String checkKey(String key) {
        if (key == null || !KEY.matcher(key).matches() || key.contains("..")) {
            throw new IllegalArgumentException("Not a storage key: " + key);
        }
        return key;
    }
}
