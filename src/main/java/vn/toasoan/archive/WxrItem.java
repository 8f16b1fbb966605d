package vn.toasoan.archive;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One {@code <item>} of a WordPress export: a post, a page, an attachment or anything else WordPress keeps as a post.
 *
 * @param date when it was published (the export's GMT date), or null for a draft never published
 * @param link its permalink on the old site
 * @param categories and {@code tags} as {@code <category domain="…">}, in the export's order
 * @param meta the post's custom fields ({@code _thumbnail_id} names its featured image)
 * @param attachmentUrl where an attachment's file is; null for other items
 */
record WxrItem(
        long id,
        String type,
        String status,
        String title,
        String link,
        String guid,
        String creator,
        String content,
        String excerpt,
        Instant date,
        List<Term> categories,
        List<Term> tags,
        Map<String, String> meta,
        String attachmentUrl,
        List<Comment> comments) {

    /** A category or tag: its slug on the old site and its name. */
    record Term(String slug, String name) {}

    /**
     * A reader's comment as WordPress kept it.
     *
     * @param approved {@code 1} approved, {@code 0} waiting, {@code spam}, {@code trash}
     * @param type empty or {@code comment} for a reader's comment; {@code pingback}, {@code trackback} otherwise
     */
    record Comment(
            long id,
            String author,
            String email,
            String ip,
            Instant date,
            String content,
            String approved,
            String type) {

        boolean isApprovedReaderComment() {
            return approved.equals("1") && (type.isEmpty() || type.equals("comment"));
        }
    }

    boolean isPost() {
        return type.equals("post");
    }

    boolean isAttachment() {
        return type.equals("attachment");
    }
}
