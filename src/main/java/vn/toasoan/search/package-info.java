/**
 * Search over published articles: a Lucene index derived from the database and kept up to date by article events,
 * Vietnamese analysis that finds words typed with or without their marks, the reader's search page and the search
 * API.
 *
 * <p>Depends on {@code articles}, {@code sections}, {@code site} (the reader's page frame), {@code storage} (the
 * index's folder), {@code platform} and {@code vietnamese}.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"articles", "platform", "sections", "site", "storage", "vietnamese"})
package vn.toasoan.search;
