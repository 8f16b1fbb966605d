package vn.toasoan.site;

/** A reader asked for a page that does not exist: the 404 page. */
class PageNotFoundException extends RuntimeException {}
