package vn.toasoan.notifications;

/** What a notification tells; its text is {@code notifications.kind.NAME} in the message bundles. */
public enum NotificationKind {
    /** To editors: a reporter sent an article for review. */
    SUBMITTED,
    /** To the author: an editor returned the article to draft, with a reason. */
    RETURNED,
    /** To the author: an editor published the article. */
    PUBLISHED,
    /** To the author and whoever scheduled it: the scheduled time came and the article went out. */
    SCHEDULE_REACHED,
    /** To the author and whoever scheduled it: the scheduled time came, but a warning kept the article back. */
    SCHEDULE_FAILED,
    /** To the author: a reader's comment waits for moderation under the article. */
    COMMENT_WAITING,
    /** To the other side of the thread: a new editorial note. */
    NOTE
}
