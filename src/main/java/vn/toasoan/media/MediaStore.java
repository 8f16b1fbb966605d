package vn.toasoan.media;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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

    private final JdbcClient jdbc;
    private final ImagePipeline pipeline;
    private final MessageSource messages;
    private final Path root;
    private final Clock clock;

    MediaStore(
            JdbcClient jdbc, ImagePipeline pipeline, MessageSource messages, DataDirectory dataDirectory, Clock clock) {
        this.jdbc = jdbc;
        this.pipeline = pipeline;
        this.messages = messages;
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
     * Stores an uploaded photo through the {@link ImagePipeline}: read by its content, turned upright, re-encoded
     * without EXIF, GPS or any other metadata, and resized for {@code srcset}. It stays {@link ImageStatus#PENDING} until a save that uses it calls
     * {@link #keep}; one never kept is deleted after {@link #PENDING_LIFETIME}.
     *
     * @throws ImageRejectedException when the file is not an image, with a message for the uploader in their language
     */
    public Image upload(byte[] bytes, String originalName) {
        String name = originalName == null ? "" : originalName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "");
        name = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFC);
        if (name.length() > 200) {
            name = name.substring(name.length() - 200);
        }
        Locale locale = LocaleContextHolder.getLocale();
        String shown = name.isEmpty() ? messages.getMessage("media.photo", null, locale) : name;
        String kept = name;
        try {
            return pipeline.decode(bytes, shown, MAX_WIDTH, upright -> save(upright, kept, ImageStatus.PENDING));
        } catch (ImageRejectedException e) {
            throw e.worded(messages, locale);
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

    /**
     * Deletes a photo and its files for good; the caller has made sure nothing shows it any more.
     *
     * @return false when there was no such photo
     */
    public boolean delete(UUID id) {
        List<Image> deleted = jdbc.sql("DELETE FROM media_images WHERE id = ? RETURNING id, width, height, widths")
                .param(id)
                .query((rs, n) -> image(rs))
                .list();
        for (Image image : deleted) {
            image.widths().forEach(width -> deleteQuietly(file(image.id(), width)));
        }
        return !deleted.isEmpty();
    }

    private Image save(BufferedImage source, String originalName, ImageStatus status) {
        UUID id = UUID.randomUUID();
        BufferedImage rgb = ImagePipeline.resize(source, Math.min(MAX_WIDTH, source.getWidth()));
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
                ImagePipeline.writeJpeg(ImagePipeline.resize(rgb, width), file);
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

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // best effort: the transaction failed and its files go with it
        }
    }
}
