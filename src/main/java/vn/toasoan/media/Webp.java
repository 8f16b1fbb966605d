package vn.toasoan.media;

import com.luciad.imageio.webp.WebPImageReaderSpi;
import com.luciad.imageio.webp.WebPImageWriterSpi;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Optional;
import javax.imageio.IIOImage;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.spi.IIORegistry;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * WebP copies of pixels the {@link ImagePipeline} already made clean, through libwebp's own encoder (bundled native
 * code for Linux, macOS and Windows). Where that code cannot load (another libc, a temporary directory mounted
 * {@code noexec}), photos are stored as JPEG alone and pages offer JPEG alone, as before; the log says why once.
 */
final class Webp {

    private static final Logger log = LoggerFactory.getLogger(Webp.class);

    /** libwebp's quality 75 looks like our JPEG at 82 (its {@code cwebp} default) at about two thirds of the bytes. */
    static final float QUALITY = 0.75f;

    private static final WebPImageWriterSpi WRITERS = new WebPImageWriterSpi();
    private static final boolean AVAILABLE = probe();

    private Webp() {}

    /**
     * The library also registers a WebP reader in native code; readers' uploads are untrusted bytes, so they keep being
     * decoded by the pure-Java reader (TwelveMonkeys), and libwebp only ever sees pixels we made.
     */
    static void keepNativeDecoderOut() {
        IIORegistry registry = IIORegistry.getDefaultInstance();
        WebPImageReaderSpi nativeReader = registry.getServiceProviderByClass(WebPImageReaderSpi.class);
        if (nativeReader != null) {
            registry.deregisterServiceProvider(nativeReader);
        }
    }

    /** Whether WebP copies can be made on this machine. */
    static boolean available() {
        return AVAILABLE;
    }

    /** The WebP of these pixels, with no metadata; empty where the encoder cannot load here. */
    static Optional<byte[]> encode(BufferedImage image) {
        return AVAILABLE ? Optional.of(encodeNow(image)) : Optional.empty();
    }

    private static byte[] encodeNow(BufferedImage image) {
        var bytes = new ByteArrayOutputStream(32 * 1024);
        try (var out = new MemoryCacheImageOutputStream(bytes)) {
            ImageWriter writer = WRITERS.createWriterInstance(null);
            try {
                ImageWriteParam param = writer.getDefaultWriteParam();
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionType("Lossy");
                param.setCompressionQuality(QUALITY);
                writer.setOutput(out);
                writer.write(null, new IIOImage(image, null, null), param);
            } finally {
                writer.dispose();
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("Cannot encode a WebP", e);
        }
        return bytes.toByteArray();
    }

    private static boolean probe() {
        try {
            encodeNow(new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB));
            return true;
        } catch (LinkageError | RuntimeException e) {
            log.warn(
                    "WebP copies of photos are off: libwebp does not load here ({}); photos stay JPEG only",
                    e.toString());
            return false;
        }
    }
}
