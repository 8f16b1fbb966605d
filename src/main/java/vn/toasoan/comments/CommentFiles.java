package vn.toasoan.comments;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.toasoan.attachments.Attachment;
import vn.toasoan.attachments.AttachmentStore;
import vn.toasoan.attachments.PrivateFile;

/**
 * Attachments of approved comments, and only of approved ones: the re-encoded images, and other files as downloads
 * that a browser never renders in the page.
 */
@RestController
class CommentFiles {

    private final CommentRepository repository;
    private final AttachmentStore store;

    CommentFiles(CommentRepository repository, AttachmentStore store) {
        this.repository = repository;
        this.store = store;
    }

    static String thumbnailPath(UUID name) {
        return "/binh-luan/anh/" + name + "-nho.jpg";
    }

    static String largePath(UUID name) {
        return "/binh-luan/anh/" + name + ".jpg";
    }

    static String downloadPath(UUID name) {
        return "/binh-luan/tep/" + name;
    }

    @GetMapping("/binh-luan/anh/{name}-nho.jpg")
    ResponseEntity<Resource> thumbnail(@PathVariable UUID name) {
        return image(name, store::thumbnail);
    }

    @GetMapping("/binh-luan/anh/{name}.jpg")
    ResponseEntity<Resource> large(@PathVariable UUID name) {
        return image(name, store::large);
    }

    @GetMapping("/binh-luan/tep/{name}")
    ResponseEntity<Resource> download(@PathVariable UUID name) {
        Optional<PrivateFile> file = published(name).filter(a -> !a.isImage()).flatMap(store::file);
        if (file.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        return file.get()
                .download()
                .cacheControl(CacheControl.maxAge(Duration.ofHours(1)))
                .body(file.get().resource());
    }

    private ResponseEntity<Resource> image(UUID name, java.util.function.Function<UUID, Optional<Resource>> copy) {
        Optional<Resource> file =
                published(name).filter(Attachment::hasPublicImage).flatMap(a -> copy.apply(name));
        if (file.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok()
                .contentType(MediaType.IMAGE_JPEG)
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic())
                .body(file.get());
    }

    private Optional<Attachment> published(UUID name) {
        return repository
                .findByStoredName(name)
                .filter(c -> c.status() == CommentStatus.APPROVED)
                .map(Comment::attachment);
    }
}
