package vn.toasoan.masthead;

/** The masthead, the logo or the site icon changed: pages and icons that show them are made anew. */
public record MastheadChanged() {}
