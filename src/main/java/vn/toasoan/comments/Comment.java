package vn.toasoan.comments;

import java.time.Instant;
import java.util.List;
import vn.toasoan.attachments.Attachment;

/**
 * A reader's comment as the newsroom sees it, personal data included.
 *
 * @param content what readers see once approved: the reader's text or the newsroom's edit of it
 * @param originalContent what the reader sent, always kept
 * @param flags reasons an editor should look twice; see {@link CommentFlag}
 * @param flagDetails the held words and the like
 * @param attachment null when the reader sent no file
 */
public record Comment(
        long id,
        long articleId,
        String name,
        String email,
        String content,
        String originalContent,
        CommentStatus status,
        List<String> flags,
        String flagDetails,
        String ip,
        Instant createdAt,
        Instant editedAt,
        String editedBy,
        Instant moderatedAt,
        String moderatedBy,
        String rejectReason,
        Attachment attachment,
        List<Reply> replies) {

    public Comment {
        flags = List.copyOf(flags);
        replies = List.copyOf(replies);
    }

    /** This comment with its file and the newsroom's replies, which are read apart from its own row. */
    Comment withDetails(Attachment attachment, List<Reply> replies) {
        return new Comment(
                id,
                articleId,
                name,
                email,
                content,
                originalContent,
                status,
                flags,
                flagDetails,
                ip,
                createdAt,
                editedAt,
                editedBy,
                moderatedAt,
                moderatedBy,
                rejectReason,
                attachment,
                replies);
    }

    /** The newsroom changed the reader's words: readers see "đã biên tập". */
    public boolean edited() {
        return !content.equals(originalContent);
    }

    /** Enough of the IP to tell readers apart, not enough to find them: 203.113.45.x, 2402:800:6343::/48. */
    public String partialIp() {
        return PartialIp.of(ip);
    }

    /** "Tòa soạn trả lời": the newsroom's answer under a comment. */
    public record Reply(long id, String content, String author, Instant createdAt) {}
}
