package vn.toasoan.attachments;

import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a multipart body piece by piece up to a delimiter, handing the bytes to a sink as they come, so that no part
 * is ever held whole in memory or written anywhere the sink does not choose. Counts every byte read against a limit.
 */
final class MultipartScanner {

    /** Receives the bytes before a delimiter. */
    interface Sink {
        void write(byte[] bytes, int offset, int length) throws IOException;
    }

    /** The body is larger than anyone may send, even to be refused politely. */
    static final class TooLarge extends IOException {
        TooLarge() {
            super("request body over the limit");
        }
    }

    private final InputStream in;
    private final long maxBytes;
    private final byte[] buffer = new byte[64 * 1024];
    private int position;
    private int limit;
    private long total;

    MultipartScanner(InputStream in, long maxBytes) {
        this.in = in;
        this.maxBytes = maxBytes;
    }

    /** Passes bytes to the sink until the delimiter, which is consumed; false if the body ended first. */
    boolean readUntil(byte[] delimiter, Sink sink) throws IOException {
        while (true) {
            int found = indexOf(delimiter);
            if (found >= 0) {
                if (found > position) {
                    sink.write(buffer, position, found - position);
                }
                position = found + delimiter.length;
                return true;
            }
            // keep a tail that may be the start of the delimiter
            int safe = limit - (delimiter.length - 1);
            if (safe > position) {
                sink.write(buffer, position, safe - position);
                position = safe;
            }
            if (!fill()) {
                if (limit > position) {
                    sink.write(buffer, position, limit - position);
                }
                position = limit;
                return false;
            }
        }
    }

    long bytesRead() {
        return total;
    }

    private int indexOf(byte[] delimiter) {
        int last = limit - delimiter.length;
        outer:
        for (int i = position; i <= last; i++) {
            for (int j = 0; j < delimiter.length; j++) {
                if (buffer[i + j] != delimiter[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private boolean fill() throws IOException {
        if (position > 0) {
            System.arraycopy(buffer, position, buffer, 0, limit - position);
            limit -= position;
            position = 0;
        }
        int n = in.read(buffer, limit, buffer.length - limit);
        if (n < 0) {
            return false;
        }
        total += n;
        if (total > maxBytes) {
            throw new TooLarge();
        }
        limit += n;
        return true;
    }
}
