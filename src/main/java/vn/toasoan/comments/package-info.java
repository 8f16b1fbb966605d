/**
 * Readers' comments under pre-moderation: the form and every rule it passes (diacritics, word lists, rate limits,
 * blocks), the moderation the newsroom does through {@link vn.toasoan.comments.Comments}, the threads shown under an
 * article once approved, the approved comments' files, personal data on request, and the comments API.
 *
 * <p>Depends on {@code articles} (a comment is on a published article), {@code attachments} (a comment's file),
 * {@code platform} and {@code vietnamese}.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"articles", "attachments", "platform", "vietnamese"})
package vn.toasoan.comments;
