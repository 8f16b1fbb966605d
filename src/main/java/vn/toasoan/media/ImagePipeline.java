package vn.toasoan.media;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Iterator;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import org.springframework.stereotype.Component;

/**
 * The one way an image becomes public here, for the newsroom's photos and readers' attached ones alike. Its header is
 * read before any pixel, and more than {@link #MAX_PIXELS} is refused (a tiny file may declare billions); it is decoded
 * with pixels skipped, so that no image holds more than {@link #MAX_DECODED_PIXELS}, by at most one decode per
 * processor at a time; it is turned upright from its EXIF orientation; and it is written as a new JPEG from its pixels
 * alone, which leaves all of its metadata behind: EXIF, GPS, XMP, ICC profile, comments.
 */
@Component
public class ImagePipeline {

    /** Larger than any newsroom camera's photo; a header declaring more is refused before any pixel is decoded. */
    public static final long MAX_PIXELS = 50_000_000L;
    /**
     * The most pixels one decode may hold (about 64 MB as RGB): a long panorama is read with pixels skipped rather than
     * whole, since no copy stored needs them.
     */
    static final long MAX_DECODED_PIXELS = 16_000_000L;
    /** How long an image waits for a free decoder before its uploader is told to try again. */
    private static final Duration DECODE_WAIT = Duration.ofSeconds(30);

    private static final float JPEG_QUALITY = 0.82f;

    static {
        Webp.keepNativeDecoderOut();
    }

    /** Each decode holds tens of megabytes; one per processor keeps many images at once from exhausting memory. */
    private final Semaphore decoders = new Semaphore(Runtime.getRuntime().availableProcessors(), true);

    /** A width and height in pixels. */
    public record Size(int width, int height) {}

    /** What an image's header declares, if it is an image this pipeline reads at all and within {@link #MAX_PIXELS}. */
    public static Optional<Size> declared(Path file) {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                long pixels = (long) width * height;
                return pixels > 0 && pixels <= MAX_PIXELS ? Optional.of(new Size(width, height)) : Optional.empty();
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Decodes an upload upright, in RGB, and hands it to {@code work} while a decoder is held.
     *
     * @param name the file's name as its uploader knows it, for the refusal's message
     * @param enoughWidth the widest copy {@code work} makes: larger images are decoded with pixels skipped, down to at
     *     least this upright width
     * @throws ImageRejectedException when it is not an image, declares too many pixels, or no decoder is free in time
     */
    public <T> T decode(byte[] bytes, String name, int enoughWidth, Function<BufferedImage, T> work) {
        return decode(
                new Source() {
                    @Override
                    public ImageInputStream images() throws IOException {
                        return ImageIO.createImageInputStream(new ByteArrayInputStream(bytes));
                    }

                    @Override
                    public InputStream stream() {
                        return new ByteArrayInputStream(bytes);
                    }
                },
                name,
                enoughWidth,
                work);
    }

    /** The same for an image already in a file, such as a reader's attachment. */
    public <T> T decode(Path file, String name, int enoughWidth, Function<BufferedImage, T> work) {
        return decode(
                new Source() {
                    @Override
                    public ImageInputStream images() throws IOException {
                        return ImageIO.createImageInputStream(file.toFile());
                    }

                    @Override
                    public InputStream stream() throws IOException {
                        return Files.newInputStream(file);
                    }
                },
                name,
                enoughWidth,
                work);
    }

    private interface Source {
        ImageInputStream images() throws IOException;

        InputStream stream() throws IOException;
    }

    private <T> T decode(Source source, String name, int enoughWidth, Function<BufferedImage, T> work) {
        try {
            if (!decoders.tryAcquire(DECODE_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                throw ImageRejectedException.busy(name);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ImageRejectedException.busy(name);
        }
        try {
            return work.apply(read(source, name, enoughWidth));
        } finally {
            decoders.release();
        }
    }

    private static BufferedImage read(Source source, String name, int enoughWidth) {
        BufferedImage image;
        int orientation;
        try (ImageInputStream in = source.images()) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw ImageRejectedException.notAnImage(name);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width < 1 || height < 1) {
                    throw ImageRejectedException.notAnImage(name);
                }
                if ((long) width * height > MAX_PIXELS) {
                    throw ImageRejectedException.tooLarge(name, width, height, MAX_PIXELS);
                }
                orientation = Orientation.of(source.stream());
                int uprightWidth = Orientation.quarterTurn(orientation) ? height : width;
                int step = step(width, height, uprightWidth, enoughWidth);
                ImageReadParam param = reader.getDefaultReadParam();
                param.setSourceSubsampling(step, step, 0, 0);
                image = reader.read(0, param);
            } finally {
                reader.dispose();
            }
        } catch (ImageRejectedException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw ImageRejectedException.notAnImage(name);
        }
        if (image == null || image.getWidth() < 1 || image.getHeight() < 1) {
            throw ImageRejectedException.notAnImage(name);
        }
        return Orientation.upright(image, orientation);
    }

    /** Every how many pixels to read: the upright width stays at least {@code enoughWidth} while the frame is small. */
    static int step(int width, int height, int uprightWidth, int enoughWidth) {
        int step = Math.max(1, uprightWidth / enoughWidth);
        while (decoded(width, step) * decoded(height, step) > MAX_DECODED_PIXELS) {
            step++;
        }
        return step;
    }

    private static long decoded(int size, int step) {
        return (size + step - 1) / step;
    }

    /** A copy in RGB at this width, its height in proportion; the image itself when it has that width already. */
    public static BufferedImage resize(BufferedImage source, int width) {
        if (width == source.getWidth() && source.getType() == BufferedImage.TYPE_INT_RGB) {
            return source;
        }
        // halving step by step keeps fine detail that one bicubic step from a large photo turns into noise
        while (source.getWidth() / 2 >= width) {
            source = scale(source, source.getWidth() / 2);
        }
        return scale(source, width);
    }

    private static BufferedImage scale(BufferedImage source, int width) {
        int height = Math.max(1, Math.round(source.getHeight() * (width / (float) source.getWidth())));
        var target = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = target.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.drawImage(source, 0, 0, width, height, null);
        g.dispose();
        return target;
    }

    /** A new JPEG of these pixels and nothing else: none of the original's metadata can come along. */
    public static byte[] jpeg(BufferedImage image) {
        var bytes = new java.io.ByteArrayOutputStream(64 * 1024);
        try (ImageOutputStream out = new javax.imageio.stream.MemoryCacheImageOutputStream(bytes)) {
            ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
            try {
                ImageWriteParam param = writer.getDefaultWriteParam();
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(JPEG_QUALITY);
                // drawn coarse first and sharpened as it arrives, as a phone on a slow network should see it
                param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
                writer.setOutput(out);
                writer.write(null, new IIOImage(image, null, null), param);
            } finally {
                writer.dispose();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot encode a JPEG", e);
        }
        return bytes.toByteArray();
    }

    /**
     * The same JPEG in a file, put in place whole: a reader never finds half a file, and a failed write leaves none
     * behind.
     */
    public static void writeJpeg(BufferedImage image, Path file) {
        try {
            Files.createDirectories(file.getParent());
            Path temp = Files.createTempFile(file.getParent(), ".image-", ".tmp");
            try {
                Files.write(temp, jpeg(image));
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }
}
