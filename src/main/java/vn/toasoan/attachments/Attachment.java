package vn.toasoan.attachments;

import java.util.Set;
import java.util.UUID;

/**
 * A reader's file, kept in the private store under a random name.
 *
 * @param contentType as sniffed from the bytes
 * @param imageWidth of the re-encoded image once approved, else null
 */
public record Attachment(
        UUID storedName, String originalName, String contentType, long size, Integer imageWidth, Integer imageHeight) {

    static final Set<String> IMAGE_TYPES = Set.of("image/jpeg", "image/png", "image/webp", "image/gif");

    public boolean isImage() {
        return IMAGE_TYPES.contains(contentType);
    }

    /** An approved image that was re-encoded without its metadata, so readers may see it. */
    public boolean hasPublicImage() {
        return isImage() && imageWidth != null;
    }

    /** "2,4 MB", "830 KB": as a reader reads sizes. */
    public String sizeText() {
        return Sizes.text(size);
    }

    /** A short name for the kind of file: "JPEG", "PDF", "DOCX"… */
    public String kind() {
        return AllowedTypes.label(contentType);
    }
}
