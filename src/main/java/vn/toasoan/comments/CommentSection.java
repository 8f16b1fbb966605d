package vn.toasoan.comments;

import java.util.List;
import java.util.Map;

/**
 * The comments under an article: the approved thread, its pages, the paper's notice and the form.
 *
 * @param count approved comments, for the article header
 * @param sentMessage after a comment was sent: "đang chờ biên tập"; else null
 */
public record CommentSection(
        long articleId,
        long count,
        List<PublicComment> comments,
        Pager pager,
        String notice,
        String action,
        Form form,
        String sentMessage,
        Limits limits) {

    /** A comment as readers see it: no e-mail, no IP, the text as plain text. */
    public record PublicComment(
            long id,
            String name,
            String time,
            String timeIso,
            CommentText text,
            boolean edited,
            PublicAttachment attachment,
            List<PublicReply> replies) {}

    /** An approved image as a thumbnail linking to the re-encoded copy, or another file to download. */
    public record PublicAttachment(
            boolean image,
            String thumbnailUrl,
            String largeUrl,
            String downloadUrl,
            String name,
            String kind,
            String size) {}

    /** "Tòa soạn trả lời". */
    public record PublicReply(String time, String timeIso, CommentText text) {}

    /** Older and newer pages of a long thread, as plain links. */
    public record Pager(int page, int pages, String newerUrl, String olderUrl) {
        public boolean isNeeded() {
            return pages > 1;
        }
    }

    /**
     * What the form shows: empty, or what the reader typed when the comment was refused.
     *
     * @param message about the whole form; null when none
     * @param suggestion the text with its marks restored ("Có phải bạn muốn viết: …"), or null
     */
    public record Form(
            String name,
            String email,
            String content,
            String token,
            Map<String, String> errors,
            String message,
            String suggestion) {

        public String error(String field) {
            return errors.get(field);
        }

        public boolean hasError(String field) {
            return errors.containsKey(field);
        }

        public boolean isRefused() {
            return message != null || !errors.isEmpty();
        }
    }

    /**
     * What the browser checks before sending, the same as the server.
     *
     * @param maxSize {@code maxBytes} as the reader reads it, "10 MB"
     */
    public record Limits(int minLength, int maxLength, long maxBytes, String maxSize, String accept) {}
}
