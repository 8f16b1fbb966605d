package vn.toasoan.site;

import java.util.List;
import vn.toasoan.articles.ArticleSummary;

/**
 * How much of the right column fills the height of the main column beside it on a desktop (1366 px wide), so that
 * neither ends far above the other. Heights are those the stylesheet gives at that width, in pixels; the same for every
 * reader, so pages stay the same bytes for everyone.
 */
final class ColumnFit {

    static final int LEAD_WITH_PHOTO = 600;
    static final int LEAD_WITHOUT_PHOTO = 200;
    static final int FEATURED_WITH_PHOTOS = 270;
    static final int FEATURED_WITHOUT_PHOTOS = 150;
    static final int LISTED_CARD = 150;
    /** In a section's block on the home page: its first card, with or without its photo, and each card beside it. */
    static final int BLOCK_FIRST_WITH_PHOTO = 420;

    static final int BLOCK_FIRST_WITHOUT_PHOTO = 220;
    static final int BLOCK_CARD = 110;

    static final int HEADING = 45;
    /** A title with its time and section in the right column. */
    static final int SIDE_CARD = 108;
    /** A title in "Đọc nhiều". */
    static final int RANKED_TITLE = 75;
    /** A section's name over its titles, and a title with its time, in the lists by section. */
    static final int SECTION_NAME = 30;

    static final int SECTION_TITLE = 85;

    private ColumnFit() {}

    /** The height of a lead story and its featured stories. */
    static int top(Top top) {
        if (top.lead() == null) {
            return 0;
        }
        int lead = top.lead().leadImage() != null ? LEAD_WITH_PHOTO : LEAD_WITHOUT_PHOTO;
        int featured = top.featured().isEmpty()
                ? 0
                : top.featured().stream().anyMatch(s -> s.leadImage() != null)
                        ? FEATURED_WITH_PHOTOS
                        : FEATURED_WITHOUT_PHOTOS;
        return lead + featured;
    }

    /** The height of a section's block on the home page: its first card beside the others. */
    static int block(List<ArticleSummary> cards) {
        if (cards.isEmpty()) {
            return 0;
        }
        int first = cards.get(0).leadImage() != null ? BLOCK_FIRST_WITH_PHOTO : BLOCK_FIRST_WITHOUT_PHOTO;
        return HEADING + Math.max(first, (cards.size() - 1) * BLOCK_CARD);
    }

    /** How many cards under a heading fill {@code height}, at least {@code min}, at most {@code max}. */
    static int cards(int height, int cardHeight, int min, int max) {
        return Math.max(min, Math.min(max, Math.round((height - HEADING) / (float) cardHeight)));
    }

    /**
     * The right column of a section or tag page under "Đọc nhiều": the latest news of the whole paper, or, when there is
     * room for two titles or more from each other section, the latest of each.
     *
     * @param main the main column's height
     * @param mostRead how many titles "Đọc nhiều" shows
     * @param otherSections how many sections the lists by section could show
     */
    static Side side(int main, int mostRead, int otherSections) {
        int room = main - HEADING - mostRead * RANKED_TITLE - HEADING;
        if (otherSections > 0) {
            int perSection = (room / otherSections - SECTION_NAME) / SECTION_TITLE;
            if (perSection >= 2) {
                return new Side(0, Math.min(4, perSection));
            }
        }
        return new Side(Math.max(0, Math.min(10, Math.round(room / (float) SIDE_CARD))), 0);
    }

    /** @param latest titles of the paper's latest news, or 0 for the lists by section */
    record Side(int latest, int perSection) {}

    static int listed(List<ArticleSummary> items) {
        return items.size() * LISTED_CARD;
    }
}
