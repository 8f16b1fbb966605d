package vn.toasoan.media;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Service;
import vn.toasoan.storage.DataDirectory;
import vn.toasoan.storage.ObjectStore;
import vn.toasoan.storage.StoredFolder;

/**
 * Images in the {@code media} folder of the object store (the data directory, or the bucket every node shares),
 * re-encoded as JPEG (which drops EXIF and GPS data) and resized to the widths a phone, a tablet and a laptop ask for
 * through {@code srcset}. A photo's files never change: a new upload gets a new id.
 */
@Service
public class MediaStore {

    static final List<Integer> WIDTHS = List.of(320, 640, 960, 1280);
    /** The largest copy kept: enough for a laptop's retina screen, far smaller than a camera's original. */
    static final int MAX_WIDTH = 1920;
    /** How long a photo uploaded with a save that failed waits for the save that keeps it. */
    static final Duration PENDING_LIFETIME = Duration.ofDays(1);

    private final ImageRepository images;
    private final ImagePipeline pipeline;
    private final MessageSource messages;
    private final StoredFolder photos;
    private final Path root;
    private final Clock clock;

    MediaStore(
            ImageRepository images,
            ImagePipeline pipeline,
            MessageSource messages,
            ObjectStore store,
            DataDirectory dataDirectory,
            Clock clock) {
        this.images = images;
        this.pipeline = pipeline;
        this.messages = messages;
        this.clock = clock;
        this.photos = store.folder("media", ObjectStore.Access.PUBLIC);
        this.root = dataDirectory.resolve("media");
    }

    static String publicPath(UUID id, int width) {
        return publicPath(id, width, ImageFormat.JPEG);
    }

    static String publicPath(UUID id, int width, ImageFormat format) {
        return "/media/" + fileName(id, width, format);
    }

    /** The JPEG's name in the {@code media} folder: {@code ab/ab12…-640.jpg}. */
    static String fileName(UUID id, int width) {
        return fileName(id, width, ImageFormat.JPEG);
    }

    /** A file's name in the {@code media} folder: {@code ab/ab12…-640.jpg}, {@code ab/ab12…-640.webp}. */
    static String fileName(UUID id, int width, ImageFormat format) {
        return id.toString().substring(0, 2) + "/" + id + "-" + width + "." + format.extension();
    }

    /** Where the photos are when they stay in the data directory. */
    Path root() {
        return root;
    }

    StoredFolder photos() {
        return photos;
    }

    /** A stored file by its name in the folder, as {@link #fileName} gives it. */
    Optional<Resource> file(String name) {
        return photos.resource(name);
    }

    /**
     * Stores an uploaded photo through the {@link ImagePipeline}: read by its content, turned upright, re-encoded
     * without EXIF, GPS or any other metadata, and resized for {@code srcset}, as JPEG and WebP. It stays {@link ImageStatus#PENDING} until a save that uses it calls
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
        images.keep(ids);
    }

    /**
     * Deletes photos uploaded before {@code cutoff} that no save kept, files and all.
     *
     * @return how many
     */
    int forgetPendingBefore(Instant cutoff) {
        List<Image> forgotten = images.deletePendingBefore(cutoff);
        for (Image image : forgotten) {
            for (ImageFormat format : image.formats()) {
                image.widths().forEach(width -> deleteQuietly(fileName(image.id(), width, format)));
            }
        }
        return forgotten.size();
    }

    /**
     * Deletes a photo and its files for good; the caller has made sure nothing shows it any more.
     *
     * @return false when there was no such photo
     */
    public boolean delete(UUID id) {
        List<Image> deleted = images.delete(id);
        for (Image image : deleted) {
            for (ImageFormat format : image.formats()) {
                image.widths().forEach(width -> deleteQuietly(fileName(image.id(), width, format)));
            }
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
        Set<ImageFormat> formats = EnumSet.of(ImageFormat.JPEG);
        if (Webp.available()) {
            formats.add(ImageFormat.WEBP);
        }
        List<String> written = new ArrayList<>();
        try {
            for (int width : widths) {
                BufferedImage resized = ImagePipeline.resize(rgb, width);
                String file = fileName(id, width);
                written.add(file);
                photos.put(file, ImagePipeline.jpeg(resized), ImageFormat.JPEG.contentType());
                if (formats.contains(ImageFormat.WEBP)) {
                    written.addAll(putWebp(id, width, resized));
                }
            }
            var image = new Image(id, rgb.getWidth(), rgb.getHeight(), widths, formats);
            images.insert(image, originalName, status, clock.instant());
            return image;
        } catch (RuntimeException e) {
            written.forEach(this::deleteQuietly);
            throw e;
        }
    }

    private List<String> putWebp(UUID id, int width, BufferedImage resized) {
        Optional<byte[]> webp = Webp.encode(resized);
        if (webp.isEmpty()) {
            return List.of();
        }
        String file = fileName(id, width, ImageFormat.WEBP);
        photos.put(file, webp.get(), ImageFormat.WEBP.contentType());
        return List.of(file);
    }

    /**
     * Gives a photo stored before WebP its WebP copies, made from its largest JPEG (the original is not kept), and
     * then marks it as having them, so that pages offer them from then on.
     *
     * @return whether it has them now
     */
    boolean addWebp(Image image) {
        if (image.hasWebp() || !Webp.available()) {
            return image.hasWebp();
        }
        int largest = image.widths().get(image.widths().size() - 1);
        String source = fileName(image.id(), largest);
        Optional<byte[]> jpeg = photos.read(source);
        if (jpeg.isEmpty()) {
            return false;
        }
        List<String> written = new ArrayList<>();
        try {
            pipeline.decode(jpeg.get(), source, largest, rgb -> {
                for (int width : image.widths()) {
                    written.addAll(putWebp(image.id(), width, ImagePipeline.resize(rgb, width)));
                }
                return written;
            });
            int marked = images.markWebp(image.id());
            if (marked == 0 && find(image.id()).isEmpty()) {
                // swept away meanwhile as an upload nobody saved
                written.forEach(this::deleteQuietly);
                return false;
            }
            return true;
        } catch (RuntimeException e) {
            written.forEach(this::deleteQuietly);
            throw e;
        }
    }

    /** Up to {@code limit} photos without WebP copies, after {@code after} in the order of their ids. */
    List<Image> withoutWebp(UUID after, int limit) {
        return images.withoutWebp(after, limit);
    }

    public Optional<Image> find(UUID id) {
        return findAll(List.of(id)).values().stream().findFirst();
    }

    public Map<UUID, Image> findAll(Collection<UUID> ids) {
        return images.findAll(ids);
    }

    private void deleteQuietly(String file) {
        try {
            photos.delete(file);
        } catch (RuntimeException ignored) {
            // best effort: the transaction failed and its files go with it
        }
    }
}
