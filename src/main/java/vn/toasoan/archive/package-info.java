/**
 * A paper's past brought in: {@code import-archive} reads a WordPress export (WXR, streamed) or a folder of scraped
 * article pages, and inserts them a batch at a time with their sections, tags, bylines, photos, approved comments and
 * old addresses; an interrupted run started again goes on where it stopped.
 *
 * <p>Depends on {@code articles}, {@code comments}, {@code sections}, {@code media} (photos), {@code search} (the
 * index, written a batch at a time), {@code storage} (the data directory), {@code platform} and {@code vietnamese}.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "articles",
            "comments",
            "media",
            "platform",
            "search",
            "sections",
            "storage",
            "vietnamese"
        })
package vn.toasoan.archive;
