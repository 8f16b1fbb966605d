package vn.toasoan.site;

/**
 * What a page tells browsers, search engines and social networks about itself.
 *
 * @param title the {@code <title>}, with the paper's name
 * @param headline what social networks show ({@code og:title}): an article's own title
 * @param canonicalUrl absolute
 * @param jsonLd schema.org JSON, already safe to place in a script element, or null
 */
public record PageMeta(
        String title,
        String headline,
        String description,
        String canonicalUrl,
        String ogType,
        String ogImage,
        String jsonLd,
        boolean noindex) {

    public PageMeta(
            String title,
            String description,
            String canonicalUrl,
            String ogType,
            String ogImage,
            String jsonLd,
            boolean noindex) {
        this(title, title, description, canonicalUrl, ogType, ogImage, jsonLd, noindex);
    }

    public static PageMeta of(String title, String description, String canonicalUrl) {
        return new PageMeta(title, description, canonicalUrl, "website", null, null, false);
    }
}
