package vn.toasoan.attachments;

import java.util.LinkedHashMap;
import java.util.Map;

/** The kinds of file a reader may attach, by their sniffed content type, with the short name editors read. */
public final class AllowedTypes {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String ODT = "application/vnd.oasis.opendocument.text";

    private static final Map<String, String> LABELS = new LinkedHashMap<>();

    static {
        LABELS.put("image/jpeg", "JPEG");
        LABELS.put("image/png", "PNG");
        LABELS.put("image/webp", "WebP");
        LABELS.put("image/gif", "GIF");
        LABELS.put("application/pdf", "PDF");
        LABELS.put(DOCX, "DOCX");
        LABELS.put(XLSX, "XLSX");
        LABELS.put(ODT, "ODT");
        LABELS.put("text/plain", "TXT");
        LABELS.put("video/mp4", "MP4");
    }

    private AllowedTypes() {}

    static boolean allows(String contentType) {
        return LABELS.containsKey(contentType);
    }

    static String label(String contentType) {
        return LABELS.getOrDefault(contentType, contentType);
    }

    /** For the file input's {@code accept}: a hint to the phone's picker, never trusted. */
    public static String acceptHint() {
        return "image/jpeg,image/png,image/webp,image/gif,application/pdf,.docx,.xlsx,.odt,text/plain,video/mp4";
    }
}
