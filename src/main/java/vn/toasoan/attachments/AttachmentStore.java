package vn.toasoan.attachments;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Iterator;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import org.springframework.stereotype.Component;
import vn.toasoan.storage.DataDirectory;
import vn.toasoan.vietnamese.VietnameseText;

/**
 * Readers' files, in a private folder under the data directory that no URL maps to: {@code incoming/} while a file
 * streams in, {@code files/} under random names once accepted, {@code images/} for the re-encoded copies of approved
 * images (JPEG without EXIF or GPS data). Controllers decide who may read what.
 */
@Component
public class AttachmentStore {

    static final int LARGE_WIDTH = 1280;
    static final int THUMB_WIDTH = 480;
    /** Larger images are refused: decoding them would take more memory than a comment is worth. */
    private static final long MAX_PIXELS = 50_000_000L;
    /** Pixels skipped while decoding keep any one image under this, about 64 MB. */
    static final long MAX_DECODED_PIXELS = 16_000_000L;
    /** One decode per processor at a time, so that a row of approvals cannot fill the memory together. */
    private static final Semaphore DECODES = new Semaphore(Runtime.getRuntime().availableProcessors(), true);

    /** The file is not one the paper accepts. */
    public static final class NotAllowed extends RuntimeException {
        NotAllowed(String sniffed) {
            super("not allowed: " + sniffed);
        }
    }

    public record Stored(UUID name, String originalName, String contentType, long size) {}

    private final ContentSniffer sniffer;
    private final Path incoming;
    private final Path files;
    private final Path images;

    AttachmentStore(DataDirectory dataDirectory, ContentSniffer sniffer) {
        this.sniffer = sniffer;
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

    /** Re-encodes an approved image as JPEG without any metadata, full and as a thumbnail; answers its size. */
    public Optional<int[]> publishImage(UUID name) {
        BufferedImage image = decode(original(name), LARGE_WIDTH * 2);
        if (image == null) {
            return Optional.empty();
        }
        BufferedImage large = resize(image, Math.min(LARGE_WIDTH, image.getWidth()));
        writeJpeg(large, large(name));
        writeJpeg(resize(image, Math.min(THUMB_WIDTH, image.getWidth())), thumbnail(name));
        return Optional.of(new int[] {large.getWidth(), large.getHeight()});
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

    static boolean readableImage(Path path) {
        try (ImageInputStream in = ImageIO.createImageInputStream(path.toFile())) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return false;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                return pixels > 0 && pixels <= MAX_PIXELS;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Decodes the first frame, skipping pixels of very large images so that memory stays small. */
    private static BufferedImage decode(Path path, int enoughWidth) {
        try (ImageInputStream in = ImageIO.createImageInputStream(path.toFile())) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return null;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                ImageReadParam param = reader.getDefaultReadParam();
                int step = step(reader.getWidth(0), reader.getHeight(0), enoughWidth);
                param.setSourceSubsampling(step, step, 0, 0);
                DECODES.acquire();
                try {
                    return reader.read(0, param);
                } finally {
                    DECODES.release();
                }
            } finally {
                reader.dispose();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Every how many pixels to read: enough for the widest copy, never more than the memory cap, tall or wide. */
    static int step(int width, int height, int enoughWidth) {
        int step = Math.max(1, width / enoughWidth);
        while ((long) ((width + step - 1) / step) * ((height + step - 1) / step) > MAX_DECODED_PIXELS) {
            step++;
        }
        return step;
    }

    private static BufferedImage resize(BufferedImage source, int width) {
        int height = Math.max(1, Math.round(source.getHeight() * (width / (float) source.getWidth())));
        var target = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = target.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.drawImage(source, 0, 0, width, height, null);
        g.dispose();
        return target;
    }

    /** A fresh JPEG from pixels alone: no EXIF, no GPS, no comments survive. */
    private static void writeJpeg(BufferedImage image, Path file) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try {
            Path temp = Files.createTempFile(file.getParent(), ".img-", ".tmp");
            try (ImageOutputStream out = ImageIO.createImageOutputStream(temp.toFile())) {
                ImageWriteParam param = writer.getDefaultWriteParam();
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(0.82f);
                writer.setOutput(out);
                writer.write(null, new IIOImage(image, null, null), param);
            }
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        } finally {
            writer.dispose();
        }
    }
}
