package vn.toasoan.attachments;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import vn.toasoan.media.ImagePipeline;
import vn.toasoan.media.ImageRejectedException;
import vn.toasoan.storage.DataDirectory;
import vn.toasoan.storage.ObjectStore;
import vn.toasoan.storage.StoredFolder;
import vn.toasoan.vietnamese.VietnameseText;

/**
 * Readers' files, in private folders of the object store that no URL maps to and that the store never shows at a
 * public address: {@code comments/files} under random names once accepted, {@code comments/images} for the copies of
 * approved images that readers see, made by the {@link ImagePipeline}. While a file streams in it is in
 * {@code comments/incoming} under this node's data directory. Controllers decide who may read what.
 */
@Component
public class AttachmentStore {

    static final int LARGE_WIDTH = 1280;
    static final int THUMB_WIDTH = 480;

    /** The file is not one the paper accepts. */
    public static final class NotAllowed extends RuntimeException {
        NotAllowed(String sniffed) {
            super("not allowed: " + sniffed);
        }
    }

    public record Stored(UUID name, String originalName, String contentType, long size) {}

    /** The copy readers see of an approved image: its width and height in pixels. */
    public record PublishedImage(int width, int height) {}

    /** An image that cannot be read, however often it is tried: readers will never see it. */
    public static final class UnreadableImage extends RuntimeException {
        UnreadableImage(UUID name, Throwable cause) {
            super("unreadable image " + name, cause);
        }
    }

    private final ContentSniffer sniffer;
    private final ImagePipeline pipeline;
    private final Path incoming;
    private final StoredFolder files;
    private final StoredFolder images;

    AttachmentStore(DataDirectory dataDirectory, ObjectStore store, ContentSniffer sniffer, ImagePipeline pipeline) {
        this.sniffer = sniffer;
        this.pipeline = pipeline;
        // the folders' name is older than this package: data directories already in use keep working
        this.incoming = dataDirectory.resolve("comments", "incoming");
        this.files = store.folder("comments/files", ObjectStore.Access.PRIVATE);
        this.images = store.folder("comments/images", ObjectStore.Access.PRIVATE);
        try {
            Files.createDirectories(incoming);
            sweepIncoming();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare " + incoming, e);
        }
    }

    Path incoming() {
        return incoming;
    }

    /** Sniffs the file; if the paper accepts its kind, moves it into the store under a random name. */
    public Stored accept(IncomingFile file) {
        String type = sniffer.sniff(file.path());
        if (!AllowedTypes.allows(type) || (Attachment.IMAGE_TYPES.contains(type) && !readableImage(file.path()))) {
            throw new NotAllowed(type);
        }
        UUID name = UUID.randomUUID();
        files.moveIn(name.toString(), file.path(), type);
        return new Stored(name, cleanName(file.getOriginalFilename()), type, file.getSize());
    }

    /** The reader's file as received, if it is still in the store. */
    public Optional<PrivateFile> file(Attachment attachment) {
        return files.resource(attachment.storedName().toString()).map(r -> new PrivateFile(attachment, r));
    }

    /** The copy readers see of an approved image, if it has been made. */
    public Optional<Resource> large(UUID name) {
        return images.resource(largeName(name));
    }

    /** The thumbnail readers see of an approved image, if it has been made. */
    public Optional<Resource> thumbnail(UUID name) {
        return images.resource(thumbnailName(name));
    }

    private static String largeName(UUID name) {
        return name + "-large.jpg";
    }

    private static String thumbnailName(UUID name) {
        return name + "-thumb.jpg";
    }

    /**
     * Makes the copies readers may see of an approved image, through the same {@link ImagePipeline} as the newsroom's
     * photos: upright, without any metadata, full and as a thumbnail.
     *
     * @throws UnreadableImage when it cannot be read at all
     * @throws RuntimeException when it cannot be done now, such as when no decoder is free or a copy cannot be
     *     written: it may be tried again
     */
    public PublishedImage publishImage(UUID name) {
        try {
            byte[] original = files.read(name.toString())
                    .orElseThrow(() -> new UnreadableImage(name, new java.io.FileNotFoundException(name.toString())));
            // decoded at up to twice the widest copy, so that scaling down has pixels to average rather than skip
            return pipeline.decode(original, name.toString(), LARGE_WIDTH * 2, image -> {
                BufferedImage large = ImagePipeline.resize(image, Math.min(LARGE_WIDTH, image.getWidth()));
                images.put(largeName(name), ImagePipeline.jpeg(large), "image/jpeg");
                images.put(
                        thumbnailName(name),
                        ImagePipeline.jpeg(ImagePipeline.resize(image, Math.min(THUMB_WIDTH, image.getWidth()))),
                        "image/jpeg");
                return new PublishedImage(large.getWidth(), large.getHeight());
            });
        } catch (ImageRejectedException e) {
            if (e.reason() == ImageRejectedException.Reason.BUSY) {
                throw e;
            }
            throw new UnreadableImage(name, e);
        }
    }

    public void delete(UUID name) {
        deleteQuietly(files, name.toString());
        deleteQuietly(images, largeName(name));
        deleteQuietly(images, thumbnailName(name));
    }

    private static void deleteQuietly(StoredFolder folder, String file) {
        try {
            folder.delete(file);
        } catch (RuntimeException ignored) {
            // erasure goes on; a leftover has no name that leads to it
        }
    }

    private void sweepIncoming() throws IOException {
        try (DirectoryStream<Path> left = Files.newDirectoryStream(incoming)) {
            for (Path p : left) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** NFC, no folders, no control characters, not too long. */
    static String cleanName(String name) {
        if (name == null) {
            return "tep-dinh-kem";
        }
        String base = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        base = VietnameseText.nfc(base).replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (base.length() > 150) {
            base = base.substring(base.length() - 150);
        }
        return base.isEmpty() ? "tep-dinh-kem" : base;
    }

    /** An image the pipeline will read: its header within the pixels it takes. */
    static boolean readableImage(Path path) {
        return ImagePipeline.declared(path).isPresent();
    }
}
