package vn.toasoan.site;

/** The page a reader sees when something is missing or broken, in Vietnamese first. */
public record ErrorPage(Layout layout, int status, String heading, String message) {}
