package vn.toasoan.site;

import java.util.List;

/** The feeds page. */
public record FeedsView(Layout layout, List<Feed> feeds) {

    /** A feed: whose news, what it holds, and its absolute address to copy into a reader. */
    public record Feed(String name, String description, String url, String path) {}
}
