/**
 * The reader site: home, section and article pages (with their comment threads), feeds, sitemaps, error pages and
 * the layout they share.
 *
 * <p>Depends on {@code articles}, {@code sections}, {@code media} (pictures), {@code masthead} (the paper's name and
 * the footer's legal masthead), {@code comments} (the thread under an article) and {@code platform}.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"articles", "comments", "masthead", "media", "platform", "sections"})
package vn.toasoan.site;
