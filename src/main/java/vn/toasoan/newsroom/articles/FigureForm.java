package vn.toasoan.newsroom.articles;

import java.util.UUID;

/**
 * One figure in the editor's form, bound by its index: {@code figures[0].caption}, {@code figures[0].remove}, …
 *
 * @param image the stored photo's id; a hand-edited form may send anything, which counts as no photo
 * @param position the paragraph the photo stands after, as typed
 * @param remove ticked to drop this figure with the save
 */
public record FigureForm(String image, String caption, String credit, String alt, String position, Boolean remove) {

    public FigureForm {
        image = text(image);
        caption = text(caption);
        credit = text(credit);
        alt = text(alt);
        position = text(position);
        remove = Boolean.TRUE.equals(remove);
    }

    /** @return null when blank or not an image id */
    UUID imageId() {
        try {
            return image.isBlank() ? null : UUID.fromString(image.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The paragraph number, 0 for before the first when blank or unreadable. */
    int paragraph() {
        try {
            return position.isBlank() ? 0 : Math.max(0, Integer.parseInt(position.strip()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
