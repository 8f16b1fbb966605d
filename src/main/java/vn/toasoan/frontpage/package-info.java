/**
 * What editors place on the home page and on each section page: a lead story ("Tin tiêu điểm") and featured stories
 * ("Tin nổi bật") in order, until an optional expiry; the slots nobody filled show the newest articles. Only published
 * articles can be placed, and one that stops being published, or moves to another section, drops out at once. Setting
 * it is for editors and administrators, from the newsroom or the API ({@code /api/v1/front-page}), and is audited.
 *
 * <p>Depends on {@code accounts} (who acts), {@code articles} (what is published), {@code sections} and
 * {@code platform}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"accounts", "articles", "platform", "sections"})
package vn.toasoan.frontpage;
