package vn.toasoan.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import vn.toasoan.platform.OperatorText;

/**
 * {@code java -jar toasoan.jar move-media-to-s3}: copies the photos and readers' files under the data directory into
 * the bucket named by {@code TOASOAN_S3_…}, keeping their names. A file already in the bucket with the same size and
 * checksum is skipped, so an interrupted run resumes where it stopped and a second run after the nodes switched to the
 * bucket picks up what arrived in between. The data directory's copies stay until the operator deletes them.
 */
@Component
@ConditionalOnProperty(name = "toasoan.command", havingValue = "move-media-to-s3")
class MoveMediaToS3Command implements ApplicationRunner, ExitCodeGenerator {

    private final ObjectStore target;
    private final DirectoryStore source;
    private final PrintStream out = System.out;
    private final PrintStream err = System.err;
    private int exitCode;

    MoveMediaToS3Command(ObjectStore target, DataDirectory dataDirectory) {
        this.target = target;
        this.source = new DirectoryStore(dataDirectory.path());
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!(target instanceof S3Store)) {
            err.println(OperatorText.get("storage.move.noBucket"));
            exitCode = 2;
            return;
        }
        List<ObjectStore.ObjectInfo> files = new ArrayList<>();
        for (StoredFolder folder : target.folders()) {
            try (Stream<ObjectStore.ObjectInfo> listed = source.list(folder.name())) {
                listed.forEach(files::add);
            }
        }
        long bytes = files.stream().mapToLong(ObjectStore.ObjectInfo::size).sum();
        out.println(OperatorText.get(
                "storage.move.start", files.size(), megabytes(bytes), source.describe(), target.describe()));
        var progress = new Progress(out, files.size(), System.console() != null);
        int copied = 0;
        int skipped = 0;
        int failed = 0;
        long copiedBytes = 0;
        for (ObjectStore.ObjectInfo file : files) {
            try {
                if (alreadyThere(file)) {
                    skipped++;
                } else {
                    target.put(file.key(), source.path(file.key()), contentType(file.key()));
                    copied++;
                    copiedBytes += file.size();
                }
            } catch (RuntimeException e) {
                failed++;
                err.println(OperatorText.get("storage.move.failed", file.key(), String.valueOf(e.getMessage())));
            }
            progress.step(file.key());
        }
        out.println(OperatorText.get("storage.move.summary", copied, megabytes(copiedBytes), skipped, failed));
        if (failed > 0) {
            out.println(OperatorText.get("storage.move.runAgain"));
            exitCode = 1;
        } else {
            out.println(OperatorText.get("storage.move.done"));
        }
    }

    /** The same size, and the same MD5 where the bucket says it (S3 gives it as the ETag of a one-part upload). */
    private boolean alreadyThere(ObjectStore.ObjectInfo file) {
        Optional<ObjectStore.ObjectInfo> there = target.stat(file.key());
        if (there.isEmpty() || there.get().size() != file.size()) {
            return false;
        }
        String etag = there.get().etag();
        if (etag == null || !etag.matches("[0-9a-fA-F]{32}")) {
            return true;
        }
        return etag.equalsIgnoreCase(md5(source.path(file.key())));
    }

    static String contentType(String key) {
        if (key.endsWith(".jpg")) {
            return "image/jpeg";
        }
        return key.endsWith(".webp") ? "image/webp" : "application/octet-stream";
    }

    private static String megabytes(long bytes) {
        return String.format(OperatorText.locale(), "%.1f", bytes / (1024.0 * 1024.0));
    }

    private static String md5(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("MD5");
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
