package vn.toasoan.platform;

/**
 * Something an account did that the audit log keeps: who, what, on which article, comment or account. Features
 * publish it as an application event; the audit log records it.
 *
 * @param actor the account's e-mail address, or "system"
 * @param action a stable verb such as {@code article.publish}, {@code comment.approve}
 * @param targetType {@code article}, {@code comment}, {@code account}, …
 * @param details what changed, human-readable; may hold "before" and "after"
 */
public record AuditEvent(String actor, String action, String targetType, String targetId, String details) {}
