package vn.toasoan.media;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/** A stored image and the widths it was resized to. */
public record Image(UUID id, int width, int height, List<Integer> widths) {

    public Image {
        widths = List.copyOf(widths);
    }

    public String url(int width) {
        return MediaStore.publicPath(id, width);
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
        return widths.stream().map(w -> url(w) + " " + w + "w").collect(Collectors.joining(", "));
    }
}
