package vn.toasoan.site;

/**
 * The paths of the pages kept for everyone, told apart by a scan of their characters: the home page, a section
 * ({@code /thoi-su}), a tag ({@code /the/bong-da}) and an article ({@code /mot-bai-viet-123.html}). Every reader request
 * asks this before anything else, and the regular expressions that said the same took an eighth of a cached page.
 */
final class ReaderPaths {

    private static final String HTML = ".html";

    private static final String TAG = "/the/";

    private ReaderPaths() {}

    /** {@code /}, {@code /[a-z0-9-]+}, {@code /the/[a-z0-9-]+} or an article. */
    static boolean isPage(String path) {
        if (path.equals("/")) {
            return true;
        }
        if (path.length() > 1 && path.charAt(0) == '/' && isSlug(path, 1, path.length())) {
            return true;
        }
        if (path.startsWith(TAG) && path.length() > TAG.length() && isSlug(path, TAG.length(), path.length())) {
            return true;
        }
        return isArticle(path);
    }

    /** {@code /[a-z0-9-]*-[0-9]+.html}: a slug, a dash, the article's number. */
    static boolean isArticle(String path) {
        if (!path.startsWith("/") || !path.endsWith(HTML)) {
            return false;
        }
        int end = path.length() - HTML.length();
        int number = end;
        while (number > 1 && isDigit(path.charAt(number - 1))) {
            number--;
        }
        return number < end && path.charAt(number - 1) == '-' && isSlug(path, 1, number - 1);
    }

    private static boolean isSlug(String path, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = path.charAt(i);
            if (!(c >= 'a' && c <= 'z') && !isDigit(c) && c != '-') {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
