/**
 * What each newsroom account is told ("Thông báo"): an article submitted (to editors), returned with its reason, published,
 * its scheduled time reached, a note in its thread, a reader's comment waiting under it. Made from the features' events
 * in the same transaction as the change, listed in the newsroom, and sent by e-mail after the commit when an SMTP
 * server is configured ({@code spring.mail.*}) and the account has not turned e-mail off.
 *
 * <p>Depends on {@code accounts} (who is told), and {@code articles} and {@code comments} (their events, and who an
 * article concerns).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"accounts", "articles", "comments"})
package vn.toasoan.notifications;
