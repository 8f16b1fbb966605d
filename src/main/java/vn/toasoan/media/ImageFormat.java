package vn.toasoan.media;

import java.util.EnumSet;
import java.util.Set;

/** The formats a photo is stored in, each at every one of its widths. */
public enum ImageFormat {
    /** Every photo has it: every browser shows it, and it stays the {@code <img>}'s own source. */
    JPEG("jpg", "image/jpeg"),
    /** About a third smaller for the same look; offered first through {@code <picture>} to the browsers that take it. */
    WEBP("webp", "image/webp");

    private final String extension;
    private final String contentType;

    ImageFormat(String extension, String contentType) {
        this.extension = extension;
        this.contentType = contentType;
    }

    public String extension() {
        return extension;
    }

    public String contentType() {
        return contentType;
    }

    /** From the names in {@code media_images.formats}; names of formats this version does not know are left out. */
    public static Set<ImageFormat> of(String[] names) {
        Set<ImageFormat> formats = EnumSet.noneOf(ImageFormat.class);
        for (String name : names) {
            for (ImageFormat format : values()) {
                if (format.name().equals(name)) {
                    formats.add(format);
                }
            }
        }
        formats.add(JPEG);
        return formats;
    }
}
