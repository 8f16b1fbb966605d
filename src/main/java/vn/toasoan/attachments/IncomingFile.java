package vn.toasoan.attachments;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.springframework.web.multipart.MultipartFile;

/** An uploaded file, streamed under a random name into the private store's incoming folder, not yet checked. */
public final class IncomingFile implements MultipartFile {

    private final String field;
    private final String originalName;
    private final String claimedType;
    private final Path path;
    private final long size;

    IncomingFile(String field, String originalName, String claimedType, Path path, long size) {
        this.field = field;
        this.originalName = originalName;
        this.claimedType = claimedType;
        this.path = path;
        this.size = size;
    }

    Path path() {
        return path;
    }

    @Override
    public String getName() {
        return field;
    }

    @Override
    public String getOriginalFilename() {
        return originalName;
    }

    /** What the browser claimed; never trusted, see {@link ContentSniffer}. */
    @Override
    public String getContentType() {
        return claimedType;
    }

    @Override
    public boolean isEmpty() {
        return size == 0;
    }

    @Override
    public long getSize() {
        return size;
    }

    @Override
    public byte[] getBytes() throws IOException {
        return Files.readAllBytes(path);
    }

    @Override
    public InputStream getInputStream() throws IOException {
        return Files.newInputStream(path);
    }

    @Override
    public void transferTo(Path dest) throws IOException {
        Files.move(path, dest, StandardCopyOption.ATOMIC_MOVE);
    }

    @Override
    public void transferTo(java.io.File dest) throws IOException {
        transferTo(dest.toPath());
    }
}
