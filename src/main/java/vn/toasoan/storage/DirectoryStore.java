package vn.toasoan.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;

/** The files under the data directory, as on one machine: a key is a path below it. */
final class DirectoryStore extends ObjectStore {

    /** Files being written are named so; a crash may leave one, which no key ever names. */
    private static final String TEMP_PREFIX = ".store-";

    private final Path root;

    DirectoryStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    void prepare(String folder) {
        try {
            Files.createDirectories(path(folder));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + path(folder), e);
        }
    }

    @Override
    public void put(String key, byte[] content, String contentType) {
        write(key, temp -> Files.write(temp, content));
    }

    @Override
    public void put(String key, Path file, String contentType) {
        write(key, temp -> Files.copy(file, temp, StandardCopyOption.REPLACE_EXISTING));
    }

    @Override
    public void moveIn(String key, Path file, String contentType) {
        Path target = path(key);
        try {
            Files.createDirectories(target.getParent());
            Files.move(file, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            super.moveIn(key, file, contentType);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store " + key, e);
        }
    }

    @Override
    public Optional<ObjectInfo> stat(String key) {
        try {
            var attributes = Files.readAttributes(path(key), BasicFileAttributes.class);
            return attributes.isRegularFile()
                    ? Optional.of(new ObjectInfo(
                            key,
                            attributes.size(),
                            attributes.lastModifiedTime().toInstant(),
                            null))
                    : Optional.empty();
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Optional<Resource> resource(String key) {
        Path file = path(key);
        return Files.isRegularFile(file) ? Optional.of(new FileSystemResource(file)) : Optional.empty();
    }

    @Override
    public void delete(String key) {
        try {
            Files.deleteIfExists(path(key));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + key, e);
        }
    }

    @Override
    public Stream<ObjectInfo> list(String folder) {
        Path start = path(folder);
        if (!Files.isDirectory(start)) {
            return Stream.empty();
        }
        try {
            return Files.walk(start)
                    .filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .flatMap(key -> stat(key).stream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String describe() {
        return root.toString();
    }

    Path path(String key) {
        Path path = root.resolve(checkKey(key)).normalize();
        if (!path.startsWith(root)) {
            throw new IllegalArgumentException("Not a storage key: " + key);
        }
        return path;
    }

    private interface Writer {
        void write(Path temp) throws IOException;
    }

    /** Written beside its place and moved in whole: a reader never finds half a file, a failed write leaves none. */
    private void write(String key, Writer writer) {
        Path target = path(key);
        try {
            Files.createDirectories(target.getParent());
            Path temp = Files.createTempFile(target.getParent(), TEMP_PREFIX, ".tmp");
            try {
                writer.write(temp);
                try {
                    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store " + key, e);
        }
    }
}
