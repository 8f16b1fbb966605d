package vn.toasoan.attachments;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.toasoan.media.ImagePipeline;
import vn.toasoan.media.ImageRejectedException;
import vn.toasoan.storage.DataDirectory;
import vn.toasoan.vietnamese.VietnameseText;

/**
 * Readers' files, in a private folder under the data directory that no URL maps to: {@code incoming/} while a file
 * streams in, {@code files/} under random names once accepted, {@code images/} for the copies of approved images
 * that readers see, made by the {@link ImagePipeline}. Controllers decide who may read what.
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
    private final Path files;
    private final Path images;

    AttachmentStore(DataDirectory dataDirectory, ContentSniffer sniffer, ImagePipeline pipeline) {
        this.sniffer = sniffer;
        this.pipeline = pipeline;
        // the folder's name is older than this package: data directories already in use keep working
        Path root = dataDirectory.resolve("comments");
        this.incoming = root.resolve("incoming");
        this.files = root.resolve("files");
        this.images = root.resolve("images");
        try {
            Files.createDirectories(incoming);
            Files.createDirectories(files);
            Files.createDirectories(images);
            sweepIncoming();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare " + root, e);
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
        try {
            file.transferTo(original(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Stored(name, cleanName(file.getOriginalFilename()), type, file.getSize());
    }

    public Path original(UUID name) {
        return files.resolve(name.toString());
    }

    /** The reader's file as received, if it is still in the store. */
    public Optional<PrivateFile> file(Attachment attachment) {
        return Optional.of(new PrivateFile(attachment, original(attachment.storedName())))
                .filter(f -> Files.exists(f.path()));
    }

    public Path large(UUID name) {
        return images.resolve(name + "-large.jpg");
    }

    public Path thumbnail(UUID name) {
        return images.resolve(name + "-thumb.jpg");
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
            // decoded at up to twice the widest copy, so that scaling down has pixels to average rather than skip
            return pipeline.decode(original(name), name.toString(), LARGE_WIDTH * 2, image -> {
                BufferedImage large = ImagePipeline.resize(image, Math.min(LARGE_WIDTH, image.getWidth()));
                ImagePipeline.writeJpeg(large, large(name));
                ImagePipeline.writeJpeg(
                        ImagePipeline.resize(image, Math.min(THUMB_WIDTH, image.getWidth())), thumbnail(name));
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
        for (Path p : new Path[] {original(name), large(name), thumbnail(name)}) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException ignored) {
                // erasure goes on; a leftover has no name that leads to it
            }
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
