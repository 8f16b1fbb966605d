package vn.toasoan.articles;

import java.util.UUID;

/**
 * The photo chosen to stand for an article on the home page, section pages and in shares ("Ảnh đại diện"), and its
 * focal point: the spot, in percent from the left and from the top, that a cropped card keeps in view.
 *
 * @param imageId null when nobody chose one: the article's first photo stands in
 */
public record LeadPhoto(UUID imageId, int focusX, int focusY) {

    public static final LeadPhoto NONE = new LeadPhoto(null, 50, 50);

    public LeadPhoto {
        focusX = Math.max(0, Math.min(100, focusX));
        focusY = Math.max(0, Math.min(100, focusY));
    }

    /** CSS {@code object-position}, or null for the centre, which needs none. */
    public String objectPosition() {
        return focusX == 50 && focusY == 50 ? null : focusX + "% " + focusY + "%";
    }
}
