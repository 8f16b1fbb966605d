package vn.toasoan.attachments;

import jakarta.servlet.ServletRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What a reader's multipart form held, once streamed: its text fields and at most one file. */
public final class ParsedUpload {

    static final String ATTRIBUTE = ParsedUpload.class.getName();

    /** What {@link UploadFilter} streamed from this request's body, or null if it did not read it. */
    public static ParsedUpload of(ServletRequest request) {
        return (ParsedUpload) request.getAttribute(ATTRIBUTE);
    }

    private final Map<String, List<String>> fields = new LinkedHashMap<>();
    private IncomingFile file;
    private boolean fileTooLarge;
    private String tooLargeName;
    private long tooLargeSize;

    void addField(String name, String value) {
        fields.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
    }

    Map<String, String[]> fieldArrays() {
        Map<String, String[]> map = new LinkedHashMap<>();
        fields.forEach((k, v) -> map.put(k, v.toArray(String[]::new)));
        return map;
    }

    void file(IncomingFile file) {
        this.file = file;
    }

    /** The attachment, or null when none was sent or it was {@linkplain #isFileTooLarge() too large}. */
    public IncomingFile file() {
        return file;
    }

    void fileTooLarge(String originalName, long size) {
        this.fileTooLarge = true;
        this.tooLargeName = originalName;
        this.tooLargeSize = size;
    }

    /** The attachment went over the limit while streaming; nothing of it was kept. */
    public boolean isFileTooLarge() {
        return fileTooLarge;
    }

    /** How big the refused attachment was, counted as it streamed past; 0 when none was refused. */
    public long tooLargeSize() {
        return tooLargeSize;
    }

    String tooLargeName() {
        return tooLargeName;
    }

    /** Deletes the incoming file unless it was moved into the store. */
    void discard() {
        if (file != null) {
            try {
                Files.deleteIfExists(file.path());
            } catch (IOException ignored) {
                // the incoming folder is swept on start
            }
        }
    }
}
