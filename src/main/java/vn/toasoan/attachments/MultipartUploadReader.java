package vn.toasoan.attachments;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Streams a {@code multipart/form-data} body (RFC 7578): text fields into memory up to a small cap, the one
 * attachment straight into the private store's incoming folder, counting its bytes as they pass. The moment the
 * attachment goes over its limit, what was written is deleted and the rest of it is read and thrown away, so the
 * reader still gets a proper answer and nothing stays on disk.
 */
final class MultipartUploadReader {

    static final String FILE_FIELD = "attachment";
    private static final int MAX_FIELD_BYTES = 64 * 1024;
    private static final int MAX_HEADER_BYTES = 8 * 1024;
    private static final int MAX_PARTS = 20;
    private static final byte[] CRLF = "\r\n".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] HEADER_END = "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);
    private static final Pattern NAME = Pattern.compile("(?i)(?:^|;)\\s*name=\"([^\"]*)\"");
    private static final Pattern FILENAME = Pattern.compile("(?i)(?:^|;)\\s*filename=\"([^\"]*)\"");
    private static final Pattern FILENAME_STAR = Pattern.compile("(?i)(?:^|;)\\s*filename\\*=UTF-8''([^;\\s]+)");
    private static final Pattern BOUNDARY = Pattern.compile("(?i)boundary=(?:\"([^\"]+)\"|([^;\\s]+))");

    /** The body is not a multipart form we can read. */
    static final class Malformed extends IOException {
        Malformed(String message) {
            super(message);
        }
    }

    private final Path incoming;
    private final long maxFileBytes;
    private final long maxBodyBytes;

    MultipartUploadReader(Path incoming, long maxFileBytes, long maxBodyBytes) {
        this.incoming = incoming;
        this.maxFileBytes = maxFileBytes;
        this.maxBodyBytes = maxBodyBytes;
    }

    static String boundary(String contentType) {
        if (contentType == null) {
            return null;
        }
        Matcher m = BOUNDARY.matcher(contentType);
        if (!m.find()) {
            return null;
        }
        return m.group(1) != null ? m.group(1) : m.group(2);
    }

    ParsedUpload read(InputStream body, String boundary) throws IOException {
        var upload = new ParsedUpload();
        try {
            readInto(upload, body, boundary);
            return upload;
        } catch (IOException | RuntimeException e) {
            upload.discard();
            throw e;
        }
    }

    private void readInto(ParsedUpload upload, InputStream body, String boundary) throws IOException {
        // a CRLF in front lets the first boundary match the same delimiter as the others
        var scanner = new MultipartScanner(
                new SequenceInputStream(new ByteArrayInputStream(CRLF), body), maxBodyBytes + CRLF.length);
        byte[] delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        if (!scanner.readUntil(delimiter, (b, o, l) -> {})) {
            throw new Malformed("no boundary");
        }
        for (int parts = 0; ; parts++) {
            var rest = new Bounded(128, false);
            if (!scanner.readUntil(CRLF, rest)) {
                // "--" then the end of the body, without a final CRLF
                if (rest.text().startsWith("--")) {
                    return;
                }
                throw new Malformed("truncated");
            }
            if (rest.text().startsWith("--")) {
                return;
            }
            if (parts >= MAX_PARTS) {
                throw new Malformed("too many parts");
            }
            var headers = new Bounded(MAX_HEADER_BYTES, false);
            if (!scanner.readUntil(HEADER_END, headers)) {
                throw new Malformed("truncated headers");
            }
            Part part = Part.of(headers.text());
            boolean complete;
            if (part.filename() == null) {
                var value = new Bounded(MAX_FIELD_BYTES, true);
                complete = scanner.readUntil(delimiter, value);
                if (part.name() != null) {
                    upload.addField(part.name(), value.text());
                }
            } else if (FILE_FIELD.equals(part.name()) && upload.file() == null && !upload.isFileTooLarge()) {
                complete = readFile(scanner, delimiter, part, upload);
            } else {
                complete = scanner.readUntil(delimiter, (b, o, l) -> {});
            }
            if (!complete) {
                throw new Malformed("truncated part");
            }
        }
    }

    private boolean readFile(MultipartScanner scanner, byte[] delimiter, Part part, ParsedUpload upload)
            throws IOException {
        Files.createDirectories(incoming);
        Path path = Files.createTempFile(incoming, "upload-", ".part");
        var sink = new FileSink(path, maxFileBytes);
        try {
            boolean complete = scanner.readUntil(delimiter, sink);
            sink.close();
            if (sink.over) {
                upload.fileTooLarge(part.filename(), sink.count);
            } else if (sink.count == 0 && part.filename().isEmpty()) {
                // the file input was left empty
                Files.deleteIfExists(path);
            } else {
                upload.file(new IncomingFile(FILE_FIELD, part.filename(), part.contentType(), path, sink.count));
            }
            return complete;
        } catch (IOException | RuntimeException e) {
            sink.close();
            Files.deleteIfExists(path);
            throw e;
        }
    }

    private record Part(String name, String filename, String contentType) {

        static Part of(String headers) throws Malformed {
            String disposition = null;
            String type = null;
            for (String line : headers.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon < 0) {
                    continue;
                }
                String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
                String value = line.substring(colon + 1).strip();
                if (key.equals("content-disposition")) {
                    disposition = value;
                } else if (key.equals("content-type")) {
                    type = value;
                }
            }
            if (disposition == null) {
                return new Part(null, null, type);
            }
            Matcher name = NAME.matcher(disposition);
            Matcher star = FILENAME_STAR.matcher(disposition);
            Matcher filename = FILENAME.matcher(disposition);
            String file = null;
            if (star.find()) {
                try {
                    file = URLDecoder.decode(star.group(1), StandardCharsets.UTF_8);
                } catch (IllegalArgumentException e) {
                    throw new Malformed("filename* is not percent-encoded UTF-8");
                }
            } else if (filename.find()) {
                // browsers escape quotes and line breaks as %22, %0D and %0A
                file = filename.group(1).replace("%22", "\"").replace("%0D", "").replace("%0A", "");
            }
            if (file != null && file.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
                throw new Malformed("control character in the file name");
            }
            return new Part(name.find() ? name.group(1) : null, file, type);
        }
    }

    /** Keeps up to a cap in memory; beyond it, throws or drops the rest. */
    private static final class Bounded implements MultipartScanner.Sink {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final int cap;
        private final boolean truncate;

        Bounded(int cap, boolean truncate) {
            this.cap = cap;
            this.truncate = truncate;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            int room = cap - bytes.size();
            if (len > room && !truncate) {
                throw new Malformed("part header too long");
            }
            bytes.write(b, off, Math.max(0, Math.min(len, room)));
        }

        String text() {
            return bytes.toString(StandardCharsets.UTF_8);
        }
    }

    /** Writes to the incoming file until the limit, then deletes it and counts the rest without keeping it. */
    private static final class FileSink implements MultipartScanner.Sink {
        private final Path path;
        private final long max;
        private OutputStream out;
        private long count;
        private boolean over;

        FileSink(Path path, long max) throws IOException {
            this.path = path;
            this.max = max;
            this.out = Files.newOutputStream(path);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            count += len;
            if (over) {
                return;
            }
            if (count > max) {
                over = true;
                close();
                Files.deleteIfExists(path);
                return;
            }
            out.write(b, off, len);
        }

        void close() throws IOException {
            if (out != null) {
                out.close();
                out = null;
            }
        }
    }
}
