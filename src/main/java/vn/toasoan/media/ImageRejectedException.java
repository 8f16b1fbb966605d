package vn.toasoan.media;

import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * An image the pipeline will not take. {@link MediaStore#upload} words the message for whoever sent it, in their
 * language, from the message bundles.
 */
public class ImageRejectedException extends RuntimeException {

    /** Why: only {@link #BUSY} may pass by trying again later. */
    public enum Reason {
        NOT_AN_IMAGE("media.rejected.notAnImage"),
        TOO_LARGE("media.rejected.tooLarge"),
        BUSY("media.rejected.busy");

        private final String key;

        Reason(String key) {
            this.key = key;
        }
    }

    private final Reason reason;
    private final Object[] args;

    private ImageRejectedException(Reason reason, String message, Object... args) {
        super(message);
        this.reason = reason;
        this.args = args;
    }

    public Reason reason() {
        return reason;
    }

    /** The same refusal, its message in this language. */
    ImageRejectedException worded(MessageSource messages, Locale locale) {
        return new ImageRejectedException(reason, messages.getMessage(reason.key, args, locale), args);
    }

    static ImageRejectedException notAnImage(String name) {
        return new ImageRejectedException(Reason.NOT_AN_IMAGE, "Not an image: " + name, name);
    }

    static ImageRejectedException tooLarge(String name, int width, int height, long maxPixels) {
        // as text, so that the message shows 50000×50000 rather than grouped digits
        return new ImageRejectedException(
                Reason.TOO_LARGE,
                "Too many pixels: " + name + " " + width + "×" + height,
                name,
                Integer.toString(width),
                Integer.toString(height),
                Long.toString(maxPixels / 1_000_000));
    }

    static ImageRejectedException busy(String name) {
        return new ImageRejectedException(Reason.BUSY, "No decoder free for " + name, name);
    }
}
