package vn.toasoan.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.stereotype.Component;

/** The data directory every feature keeps its files under. */
@Component
public class DataDirectory {

    private final Path root;

    DataDirectory(StorageProperties properties) {
        this.root = properties.dataDir().toAbsolutePath().normalize();
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data directory " + root, e);
        }
    }

    public Path path() {
        return root;
    }

    /** A path below the data directory; nothing is created. */
    public Path resolve(String first, String... more) {
        return root.resolve(Path.of(first, more));
    }
}
