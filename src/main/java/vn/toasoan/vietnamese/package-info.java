/**
 * Vietnamese text rules: normalisation, tone placement, folding, slugs, and the check that a reader's comment has
 * its diacritics, with a suggestion when it has not.
 *
 * <ul>
 *   <li>{@link vn.toasoan.vietnamese.VietnameseText}: NFC, new-style tone placement ("hoà", "thuỷ"), folding, slugs,
 *       syllables.
 *   <li>{@link vn.toasoan.vietnamese.Syllables}: whole syllables, as typed or with their marks dropped, so that a word
 *       rule for "ngu" never catches "Nguyễn".
 *   <li>{@link vn.toasoan.vietnamese.DiacriticsDetector}: is this Vietnamese typed without marks, or with Telex or
 *       VNI keys left in?
 *   <li>{@link vn.toasoan.vietnamese.DiacriticsRestorer}: the marks put back by a syllable trigram model trained on
 *       the paper's published articles, which the articles feature hands over through
 *       {@link vn.toasoan.vietnamese.PublishedTextSource}, and on text written for the project in the way readers
 *       comment.
 * </ul>
 *
 * <p>Depends on nothing of the application but the data directory, and the platform's API error handling.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform", "storage"})
package vn.toasoan.vietnamese;
