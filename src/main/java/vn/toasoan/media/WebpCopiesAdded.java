package vn.toasoan.media;

import java.util.List;
import java.util.UUID;

/**
 * Photos stored before WebP that now have their WebP copies: a page that shows one offers JPEG alone until it is
 * rendered again, so a cache of rendered pages may drop the pages that show these.
 */
public record WebpCopiesAdded(List<UUID> imageIds) {

    public WebpCopiesAdded {
        imageIds = List.copyOf(imageIds);
    }
}
