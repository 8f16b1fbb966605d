/**
 * The reader site: home, section and article pages (with their comment threads), previews of articles as their page
 * will show them, feeds, sitemaps, error pages and the layout they share. No story appears twice on one page.
 *
 * <p>Depends on {@code articles}, {@code sections}, {@code frontpage} (what editors placed at the top of the home and
 * section pages), {@code media} (pictures), {@code masthead} (the paper's name and the footer's legal masthead),
 * {@code comments} (the thread under an article) and {@code platform}.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"articles", "comments", "frontpage", "masthead", "media", "platform", "sections"})
package vn.toasoan.site;
