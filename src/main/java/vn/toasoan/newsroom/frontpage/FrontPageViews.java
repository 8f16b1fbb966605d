package vn.toasoan.newsroom.frontpage;

import java.util.List;
import vn.toasoan.newsroom.NewsroomLayout;
import vn.toasoan.newsroom.Views;

/** The view models of the page where editors choose what the home and section pages show first. */
public final class FrontPageViews {

    private FrontPageViews() {}

    /** An article placed on the page. */
    public record Slot(long id, String title, String published, String url) {}

    /** A published article an editor may place. */
    public record Candidate(long id, String title, String section, String published, String url, String placedAs) {}

    /**
     * @param sectionSlug the page's section, or blank for the home page
     * @param expiresAt as typed, {@code dd-MM-yyyy HH:mm}, or blank
     * @param expired when an earlier choice ran out, or null
     */
    public record CurationView(
            NewsroomLayout layout,
            List<Views.Option> pages,
            String sectionSlug,
            String pageName,
            String publicUrl,
            Slot lead,
            List<Slot> featured,
            int featuredSlots,
            String expiresAt,
            String expired,
            String text,
            List<Candidate> candidates) {

        public boolean isFull() {
            return featured.size() >= featuredSlots;
        }

        /** The position of a featured story, from 1. */
        public int number(Slot slot) {
            return featured.indexOf(slot) + 1;
        }
    }
}
