package vn.toasoan.masthead;

import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.toasoan.media.ImageRejectedException;
import vn.toasoan.platform.AuditEvent;
import vn.toasoan.platform.SiteChanged;

/**
 * The masthead as every page shows it, and as an administrator changes it. Pages read it often: it is kept a few
 * seconds, and dropped at once on this node when it changes.
 */
@Service
public class Mastheads {

    static final int MAX_NAME = 100;
    static final int MAX_SHORT = 200;
    static final int MAX_LONG = 300;
    static final int MAX_PHONE = 40;
    private static final Duration FRESH = Duration.ofSeconds(5);
    private static final Pattern EMAIL = Pattern.compile("[^\\s@]+@[^\\s@.]+(\\.[^\\s@.]+)+");
    private static final Pattern PHONE = Pattern.compile("[0-9+().\\-/ ]+");

    private final MastheadRepository repository;
    private final SitePictures pictures;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;
    private final Clock clock;
    private final MastheadDefaults defaults;
    private volatile Masthead current;
    private volatile long loadedAt;

    Mastheads(
            MastheadRepository repository,
            SitePictures pictures,
            ApplicationEventPublisher events,
            MessageSource messages,
            Clock clock,
            MastheadDefaults defaults) {
        this.repository = repository;
        this.pictures = pictures;
        this.events = events;
        this.messages = messages;
        this.clock = clock;
        this.defaults = defaults;
    }

    /** What pages show now; the paper's name is {@code TOASOAN_SITE_NAME} until an administrator saves another. */
    public Masthead current() {
        Masthead masthead = current;
        long now = System.nanoTime();
        if (masthead == null || now - loadedAt > FRESH.toNanos()) {
            masthead = load();
            current = masthead;
            loadedAt = now;
        }
        return masthead;
    }

    private Masthead load() {
        MastheadRepository.Row row = repository.row();
        Masthead.Logo logo = repository
                .pictureSize(MastheadRepository.Kind.LOGO)
                .map(size ->
                        new Masthead.Logo("/logo.png?v=" + version(MastheadRepository.Kind.LOGO), size[0], size[1]))
                .orElse(null);
        return new Masthead(
                row.siteName().isBlank() ? defaults.name() : row.siteName(),
                row.description().isBlank() ? defaults.description() : row.description(),
                row.governingBody(),
                row.licence(),
                row.editorInChief(),
                row.deputies(),
                row.address(),
                row.phone(),
                row.email(),
                row.hotline(),
                row.advertising(),
                logo,
                version(MastheadRepository.Kind.ICON));
    }

    private long version(MastheadRepository.Kind kind) {
        return repository.pictureChanged(kind).map(Instant::toEpochMilli).orElse(0L);
    }

    /**
     * Replaces the masthead's text. A blank field is cleared; the site's name is required.
     *
     * @throws MastheadInvalidException with every field to correct
     */
    @Transactional
    public Masthead update(MastheadInput input, String actor) {
        MastheadRepository.Row before = repository.row();
        var row = new MastheadRepository.Row(
                clean(input.siteName()),
                input.description() == null ? before.description() : clean(input.description()),
                clean(input.governingBody()),
                clean(input.licence()),
                clean(input.editorInChief()),
                clean(input.deputies()),
                clean(input.address()),
                clean(input.phone()),
                clean(input.email()),
                clean(input.hotline()),
                clean(input.advertising()));
        Map<String, String> errors = validate(row);
        if (!errors.isEmpty()) {
            throw new MastheadInvalidException(errors);
        }
        repository.save(row, actor, clock.instant());
        events.publishEvent(new AuditEvent(actor, "settings.masthead", "settings", "masthead", changes(before, row)));
        changed();
        return load();
    }

    /** The logo shown in the masthead, from an uploaded image. */
    @Transactional
    public void changeLogo(byte[] upload, String fileName, String actor) {
        SitePictures.Png png = readable(() -> pictures.logo(upload, fileName));
        repository.savePicture(
                MastheadRepository.Kind.LOGO, png.bytes(), png.width(), png.height(), actor, clock.instant());
        events.publishEvent(new AuditEvent(actor, "settings.logo", "settings", "masthead", fileName));
        changed();
    }

    /** The site icon from which the favicon and the app icons are drawn, from an uploaded image. */
    @Transactional
    public void changeIcon(byte[] upload, String fileName, String actor) {
        SitePictures.Png png = readable(() -> pictures.icon(upload, fileName));
        repository.savePicture(
                MastheadRepository.Kind.ICON, png.bytes(), png.width(), png.height(), actor, clock.instant());
        events.publishEvent(new AuditEvent(actor, "settings.icon", "settings", "masthead", fileName));
        changed();
    }

    @Transactional
    public void removeLogo(String actor) {
        repository.deletePicture(MastheadRepository.Kind.LOGO);
        events.publishEvent(new AuditEvent(actor, "settings.logo.remove", "settings", "masthead", ""));
        changed();
    }

    @Transactional
    public void removeIcon(String actor) {
        repository.deletePicture(MastheadRepository.Kind.ICON);
        events.publishEvent(new AuditEvent(actor, "settings.icon.remove", "settings", "masthead", ""));
        changed();
    }

    Optional<MastheadRepository.Picture> picture(MastheadRepository.Kind kind) {
        return repository.picture(kind);
    }

    private void changed() {
        events.publishEvent(new MastheadChanged());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void forget(MastheadChanged event) {
        current = null;
    }

    /** Another node's change, or this node's own as the feed brings it back. */
    @EventListener
    void on(SiteChanged change) {
        if (change.kind() == SiteChanged.Kind.MASTHEAD) {
            current = null;
        }
    }

    private SitePictures.Png readable(java.util.function.Supplier<SitePictures.Png> read) {
        try {
            return read.get();
        } catch (ImageRejectedException e) {
            String key = switch (e.reason()) {
                case TOO_LARGE -> "masthead.error.imageTooLarge";
                case BUSY -> "masthead.error.imageBusy";
                case NOT_AN_IMAGE -> "masthead.error.notAnImage";
            };
            throw new MastheadInvalidException(Map.of("image", text(key)));
        }
    }

    private Map<String, String> validate(MastheadRepository.Row row) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (row.siteName().isEmpty()) {
            errors.put("siteName", text("masthead.error.siteNameRequired"));
        }
        tooLong(errors, "siteName", row.siteName(), MAX_NAME);
        tooLong(errors, "description", row.description(), MAX_SHORT);
        tooLong(errors, "governingBody", row.governingBody(), MAX_SHORT);
        tooLong(errors, "licence", row.licence(), MAX_LONG);
        tooLong(errors, "editorInChief", row.editorInChief(), MAX_NAME);
        tooLong(errors, "deputies", row.deputies(), MAX_LONG);
        tooLong(errors, "address", row.address(), MAX_LONG);
        tooLong(errors, "advertising", row.advertising(), MAX_LONG);
        phone(errors, "phone", row.phone());
        phone(errors, "hotline", row.hotline());
        if (!row.email().isEmpty()
                && (row.email().length() > 254 || !EMAIL.matcher(row.email()).matches())) {
            errors.put("email", text("masthead.error.email"));
        }
        return errors;
    }

    private void tooLong(Map<String, String> errors, String field, String value, int max) {
        if (!errors.containsKey(field) && value.codePointCount(0, value.length()) > max) {
            errors.put(field, text("masthead.error.tooLong", max));
        }
    }

    private void phone(Map<String, String> errors, String field, String value) {
        if (value.isEmpty()) {
            return;
        }
        long digits = value.chars().filter(Character::isDigit).count();
        if (value.length() > MAX_PHONE || !PHONE.matcher(value).matches() || digits < 3) {
            errors.put(field, text("masthead.error.phone"));
        }
    }

    /** One line of NFC text: control characters and line breaks become spaces, runs of spaces one. */
    static String clean(String value) {
        if (value == null) {
            return "";
        }
        return Normalizer.normalize(value, Normalizer.Form.NFC)
                .replaceAll("[\\p{Cntrl}\\p{Zl}\\p{Zp}]", " ")
                .replaceAll("\\s+", " ")
                .strip();
    }

    private static String changes(MastheadRepository.Row before, MastheadRepository.Row after) {
        List<String> changed = new ArrayList<>();
        String[] names = {
            "siteName",
            "description",
            "governingBody",
            "licence",
            "editorInChief",
            "deputies",
            "address",
            "phone",
            "email",
            "hotline",
            "advertising"
        };
        var a = fields(before);
        var b = fields(after);
        for (int i = 0; i < names.length; i++) {
            if (!a[i].equals(b[i])) {
                changed.add(names[i] + ": “" + a[i] + "” → “" + b[i] + "”");
            }
        }
        return String.join("; ", changed);
    }

    private static String[] fields(MastheadRepository.Row r) {
        return new String[] {
            r.siteName(),
            r.description(),
            r.governingBody(),
            r.licence(),
            r.editorInChief(),
            r.deputies(),
            r.address(),
            r.phone(),
            r.email(),
            r.hotline(),
            r.advertising()
        };
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
