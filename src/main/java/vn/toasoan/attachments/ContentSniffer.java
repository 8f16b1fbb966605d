package vn.toasoan.attachments;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.tika.detect.Detector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;
import org.springframework.stereotype.Component;

/**
 * Tells what a file really is from its bytes, never from its name or the browser's claim: a ".jpg" that is HTML is
 * HTML. Tika's magic numbers do most of it; office documents are ZIP files, told apart by the part they declare.
 */
@Component
class ContentSniffer {

    private static final int MAX_MANIFEST_BYTES = 256 * 1024;

    private final Detector detector = MimeTypes.getDefaultMimeTypes();

    String sniff(Path file) {
        MediaType type;
        try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(file))) {
            type = detector.detect(in, new Metadata());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String base = type.getBaseType().toString();
        if (base.equals("application/zip")
                || base.equals("application/x-tika-ooxml")
                || base.startsWith("application/vnd.openxmlformats")
                || base.startsWith("application/vnd.oasis.opendocument")) {
            return zipKind(file);
        }
        return base;
    }

    /** DOCX, XLSX or ODT by the main part the package declares; macro-enabled documents stay out. */
    private static String zipKind(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            String manifest = read(zip, "[Content_Types].xml");
            if (manifest != null) {
                if (manifest.contains("ContentType=\"" + AllowedTypes.DOCX + ".main+xml\"")) {
                    return AllowedTypes.DOCX;
                }
                if (manifest.contains("ContentType=\"" + AllowedTypes.XLSX + ".main+xml\"")) {
                    return AllowedTypes.XLSX;
                }
                return "application/x-tika-ooxml";
            }
            String mimetype = read(zip, "mimetype");
            if (mimetype != null && mimetype.strip().equals(AllowedTypes.ODT)) {
                return AllowedTypes.ODT;
            }
            return "application/zip";
        } catch (IOException e) {
            return "application/octet-stream";
        }
    }

    private static String read(ZipFile zip, String name) throws IOException {
        ZipEntry entry = zip.getEntry(name);
        if (entry == null) {
            return null;
        }
        try (InputStream in = zip.getInputStream(entry)) {
            return new String(in.readNBytes(MAX_MANIFEST_BYTES), StandardCharsets.UTF_8);
        }
    }
}
