package vn.toasoan.notifications;

import java.time.Instant;

/**
 * One thing an account was told.
 *
 * @param articleId the article it is about, or null
 * @param title the article's title when it was told
 * @param actor who did it, by name; "system" for the schedule
 * @param detail the reason, the note or the warnings; may be empty
 * @param readAt null while unread
 */
public record Notification(
        long id,
        NotificationKind kind,
        Long articleId,
        String title,
        String actor,
        String detail,
        Instant createdAt,
        Instant readAt) {

    public boolean unread() {
        return readAt == null;
    }
}
