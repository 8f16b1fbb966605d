package vn.toasoan.site;

import vn.toasoan.articles.Listing;

/** Links to the previous and next pages, as plain links (no JavaScript). */
public record Pagination(int page, int pages, String previousUrl, String nextUrl) {

    static Pagination of(Listing<?> listing, String basePath) {
        return new Pagination(
                listing.page(),
                listing.pages(),
                listing.hasPrevious() ? pageUrl(basePath, listing.page() - 1) : null,
                listing.hasNext() ? pageUrl(basePath, listing.page() + 1) : null);
    }

    static String pageUrl(String basePath, int page) {
        return page == 1 ? basePath : basePath + "?trang=" + page;
    }

    public boolean isNeeded() {
        return pages > 1;
    }
}
