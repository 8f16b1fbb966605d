package vn.toasoan.media;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** A stored image, the widths it was resized to, and the formats each width is stored in. */
public record Image(UUID id, int width, int height, List<Integer> widths, Set<ImageFormat> formats) {

    public Image {
        widths = List.copyOf(widths);
        formats = Set.copyOf(formats);
    }

    /** An image stored as JPEG only, as every photo was before WebP. */
    public Image(UUID id, int width, int height, List<Integer> widths) {
        this(id, width, height, widths, EnumSet.of(ImageFormat.JPEG));
    }

    public String url(int width) {
        return url(width, ImageFormat.JPEG);
    }

    public String url(int width, ImageFormat format) {
        return MediaStore.publicPath(id, width, format);
    }

    /** The largest stored width, for the {@code src} fallback and OpenGraph. */
    public String largestUrl() {
        return url(widths.get(widths.size() - 1));
    }

    /** A middle width, which most phones need. */
    public String defaultUrl() {
        return url(widths.stream().filter(w -> w >= 640).findFirst().orElse(widths.get(widths.size() - 1)));
    }

    public String srcset() {
        return srcset(ImageFormat.JPEG);
    }

    public String srcset(ImageFormat format) {
        return widths.stream().map(w -> url(w, format) + " " + w + "w").collect(Collectors.joining(", "));
    }

    /** Whether its WebP copies are there, for a {@code <source>} that offers them first. */
    public boolean hasWebp() {
        return formats.contains(ImageFormat.WEBP);
    }
}
