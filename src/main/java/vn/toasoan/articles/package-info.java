/**
 * Articles from draft to published: editing with revisions and corrections, the workflow and who may move an article,
 * the checks before publishing, tags, scheduled publishing, view counts, the import of scraped pages and the article
 * API. Publishing and changes are announced as events for search and the reader site.
 *
 * <p>Depends on {@code accounts} (who acts), {@code sections}, {@code media} (figures), {@code platform} and
 * {@code vietnamese} (text rules, diacritics check).
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"accounts", "media", "platform", "sections", "vietnamese"})
package vn.toasoan.articles;
