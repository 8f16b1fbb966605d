package vn.toasoan.newsroom.comments;

import java.time.Instant;
import java.util.List;
import vn.toasoan.comments.Block;
import vn.toasoan.comments.Comment;
import vn.toasoan.comments.CommentEdit;
import vn.toasoan.comments.PersonalData;
import vn.toasoan.comments.WordRule;

/** The view models of the moderation pages. */
public final class ModerationViews {

    private ModerationViews() {}

    /**
     * A comment in the queue, with what the editor needs beside it.
     *
     * @param imageWithheld approved, but readers do not see its photo: its copies could not be made (yet)
     */
    public record Item(
            Comment comment,
            String articleTitle,
            String articleUrl,
            String time,
            List<Flag> flags,
            boolean preview,
            boolean imageWithheld) {}

    /** A flag as the editor reads it. */
    public record Flag(String code, String label) {}

    public record Option(String value, String label, boolean selected) {}

    /** The queue with its filters. */
    public record Queue(
            Frame frame,
            List<Item> items,
            long total,
            int page,
            int pages,
            String previousUrl,
            String nextUrl,
            List<Option> statuses,
            List<Option> flags,
            String articleId,
            String text,
            String back,
            List<String> reasons,
            long pending) {}

    /** One comment with its diff and history. */
    public record Detail(
            Frame frame,
            Item item,
            List<EditView> edits,
            List<HistoryEntry> history,
            List<String> reasons,
            String back) {}

    /** One line of a comment's history, from the newsroom's audit log. */
    public record HistoryEntry(String actor, String action, String details, Instant at) {}

    public record EditView(CommentEdit edit, String time, List<WordDiff.Segment> diff) {}

    /** What an admin sets: the notice, the word lists, the block list. */
    public record Settings(Frame frame, String notice, List<WordRule> rules, List<Block> blocks) {}

    /** The privacy page: an address looked up, and what is kept about it. */
    public record Privacy(Frame frame, String email, PersonalData data) {}
}
