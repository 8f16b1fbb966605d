package vn.toasoan.archive;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * What the newsroom should look at after an import, written to a file rather than the console: the warnings of the
 * checks before publishing, photos that could not be had, pages that are not articles. Appends, so that a run started
 * again adds to the report of the run it finishes.
 */
final class ImportReport implements Closeable {

    private final Path file;
    private final BufferedWriter out;
    private long lines;

    ImportReport(Path file) {
        this.file = file;
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            this.out = Files.newBufferedWriter(
                    file, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the report " + file, e);
        }
    }

    Path file() {
        return file;
    }

    long lines() {
        return lines;
    }

    /** One entry: what it is about (an article's address, a file), then each thing to look at. */
    synchronized void add(String subject, List<String> notes) {
        if (notes.isEmpty()) {
            return;
        }
        try {
            out.write(subject);
            out.newLine();
            for (String note : notes) {
                out.write("  - " + note);
                out.newLine();
                lines++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    synchronized void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized void close() throws IOException {
        out.close();
    }
}
