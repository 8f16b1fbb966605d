package vn.toasoan.frontpage;

/**
 * An editor placed articles on a page, or a placed article dropped out: the page's caches forget what they knew.
 *
 * @param sectionId the section page that changed, or null for the home page
 */
public record FrontPageChanged(Long sectionId) {}
