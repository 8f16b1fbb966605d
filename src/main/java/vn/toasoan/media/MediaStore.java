package vn.toasoan.media;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.toasoan.storage.DataDirectory;

/**
 * Images under the data directory, re-encoded as JPEG (which drops EXIF and GPS data) and resized to the widths a
 * phone, a tablet and a laptop ask for through {@code srcset}.
 */
@Service
public class MediaStore {

    static final List<Integer> WIDTHS = List.of(320, 640, 960, 1280);
    /** The largest copy kept: enough for a laptop's retina screen, far smaller than a camera's original. */
    static final int MAX_WIDTH = 1920;
    /** How long a photo uploaded with a save that failed waits for the save that keeps it. */
    static final Duration PENDING_LIFETIME = Duration.ofDays(1);
    /** How long an upload waits for a free decoder before the newsroom is told to try again. */
    private static final Duration DECODE_WAIT = Duration.ofSeconds(30);

    private static final float JPEG_QUALITY = 0.82f;

    private final JdbcClient jdbc;
    private final Path root;
    private final Clock clock;
    /** Each decode holds tens of megabytes; one per processor keeps many uploads at once from exhausting memory. */
    private final Semaphore decoders = new Semaphore(Runtime.getRuntime().availableProcessors(), true);

    MediaStore(JdbcClient jdbc, DataDirectory dataDirectory, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.root = dataDirectory.resolve("media");
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + root, e);
        }
    }

    static String publicPath(UUID id, int width) {
        return "/media/" + id.toString().substring(0, 2) + "/" + id + "-" + width + ".jpg";
    }

    Path root() {
        return root;
    }

    /**
     * Stores an uploaded photo: read by its content, turned upright, re-encoded without EXIF, GPS or any other metadata
     * and resized for {@code srcset}. It stays {@link ImageStatus#PENDING} until a save that uses it calls
     * {@link #keep}; one never kept is deleted after {@link #PENDING_LIFETIME}.
     *
     * @throws ImageRejectedException when the file is not an image, with a Vietnamese message for the uploader
     */
    public Image upload(byte[] bytes, String originalName) {
        String name = originalName == null ? "" : originalName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "");
        name = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFC);
        if (name.length() > 200) {
            name = name.substring(name.length() - 200);
        }
        String shown = name.isEmpty() ? "ảnh" : name;
        try {
            if (!decoders.tryAcquire(DECODE_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                throw busy(shown);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw busy(shown);
        }
        try {
            return save(Uploads.read(bytes, shown, MAX_WIDTH), name, ImageStatus.PENDING);
        } finally {
            decoders.release();
        }
    }

    /** Stores an image drawn or imported by the application itself, in use from the start. */
    public Image store(BufferedImage source, String originalName) {
        return save(source, originalName, ImageStatus.SAVED);
    }

    /** Marks photos as used by a save, in that save's transaction: a save that fails leaves them pending. */
    public void keep(Collection<UUID> ids) {
        if (!ids.isEmpty()) {
            jdbc.sql("UPDATE media_images SET status = 'SAVED' WHERE id = ANY(?) AND status = 'PENDING'")
                    .param(ids.toArray(UUID[]::new))
                    .update();
        }
    }

    /**
     * Deletes photos uploaded before {@code cutoff} that no save kept, files and all.
     *
     * @return how many
     */
    int forgetPendingBefore(Instant cutoff) {
        List<Image> forgotten = jdbc.sql("""
                        DELETE FROM media_images WHERE status = 'PENDING' AND created_at < ?
                        RETURNING id, width, height, widths""")
                .param(OffsetDateTime.ofInstant(cutoff, ZoneOffset.UTC))
                .query((rs, n) -> image(rs))
                .list();
        for (Image image : forgotten) {
            image.widths().forEach(width -> deleteQuietly(file(image.id(), width)));
        }
        return forgotten.size();
    }

    private Image save(BufferedImage source, String originalName, ImageStatus status) {
        UUID id = UUID.randomUUID();
        BufferedImage rgb = toRgb(source);
        if (rgb.getWidth() > MAX_WIDTH) {
            rgb = resize(rgb, MAX_WIDTH);
        }
        List<Integer> widths = new ArrayList<>();
        for (int width : WIDTHS) {
            if (width < rgb.getWidth()) {
                widths.add(width);
            }
        }
        widths.add(rgb.getWidth());
        List<Path> written = new ArrayList<>();
        try {
            for (int width : widths) {
                Path file = file(id, width);
                written.add(file);
                writeJpeg(resize(rgb, width), file);
            }
            jdbc.sql("""
                            INSERT INTO media_images (id, original_name, width, height, widths, status, created_at)
                            VALUES (?, ?, ?, ?, ?, ?, ?)""")
                    .params(
                            id,
                            originalName,
                            rgb.getWidth(),
                            rgb.getHeight(),
                            widths.toArray(Integer[]::new),
                            status.name(),
                            OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                    .update();
        } catch (RuntimeException e) {
            written.forEach(MediaStore::deleteQuietly);
            throw e;
        }
        return new Image(id, rgb.getWidth(), rgb.getHeight(), widths);
    }

    public Optional<Image> find(UUID id) {
        return findAll(List.of(id)).values().stream().findFirst();
    }

    public Map<UUID, Image> findAll(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc
                .sql("SELECT id, width, height, widths FROM media_images WHERE id = ANY(?)")
                .param(ids.toArray(UUID[]::new))
                .query((rs, n) -> image(rs))
                .list()
                .stream()
                .collect(Collectors.toMap(Image::id, Function.identity()));
    }

    private static Image image(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Image(rs.getObject("id", UUID.class), rs.getInt("width"), rs.getInt("height"), List.of((Integer[])
                rs.getArray("widths").getArray()));
    }

    private Path file(UUID id, int width) {
        return root.resolve(publicPath(id, width).substring("/media/".length()));
    }

    private static ImageRejectedException busy(String name) {
        return new ImageRejectedException("Máy chủ đang bận xử lý các ảnh khác nên chưa nhận được ảnh \"" + name
                + "\". Hãy đợi một lát rồi tải lên lại.");
    }

    private static BufferedImage toRgb(BufferedImage source) {
        if (source.getType() == BufferedImage.TYPE_INT_RGB) {
            return source;
        }
        var rgb = new BufferedImage(source.getWidth(), source.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, rgb.getWidth(), rgb.getHeight());
        g.drawImage(source, 0, 0, null);
        g.dispose();
        return rgb;
    }

    private static BufferedImage resize(BufferedImage source, int width) {
        if (width == source.getWidth()) {
            return source;
        }
        // halving step by step keeps fine detail that one bicubic step from a large photo turns into noise
        while (source.getWidth() / 2 >= width) {
            source = scale(source, source.getWidth() / 2);
        }
        return scale(source, width);
    }

    private static BufferedImage scale(BufferedImage source, int width) {
        if (width == source.getWidth()) {
            return source;
        }
        int height = Math.max(1, Math.round(source.getHeight() * (width / (float) source.getWidth())));
        var target = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = target.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.drawImage(source, 0, 0, width, height, null);
        g.dispose();
        return target;
    }

    private static void writeJpeg(BufferedImage image, Path file) {
        try {
            Files.createDirectories(file.getParent());
            Path temp = Files.createTempFile(file.getParent(), ".upload-", ".tmp");
            try {
                ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
                try (ImageOutputStream out = ImageIO.createImageOutputStream(temp.toFile())) {
                    ImageWriteParam param = writer.getDefaultWriteParam();
                    param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                    param.setCompressionQuality(JPEG_QUALITY);
                    param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
                    writer.setOutput(out);
                    writer.write(null, new IIOImage(image, null, null), param);
                } finally {
                    writer.dispose();
                }
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                // after the move this finds nothing; after a failed write it leaves no half-written file behind
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // best effort: the transaction failed and its files go with it
        }
    }
}
