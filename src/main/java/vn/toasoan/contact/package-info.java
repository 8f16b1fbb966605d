/**
 * The contact page ({@code /lien-he}): the masthead's details and a form whose letters reach the newsroom, kept until
 * an editor marks them handled. The form has the comment form's defences ({@code comments}' public
 * {@link vn.toasoan.comments.ReaderFormDefences}), counted over its own letters.
 *
 * <p>Depends on {@code comments} (the defences), {@code site} (the reader's page frame, which carries the masthead)
 * and {@code platform}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"comments", "platform", "site"})
package vn.toasoan.contact;
