package vn.toasoan.site;

import java.util.List;

/** A section page or a tag page: a heading and one page of articles. */
public record ListingPage(
        Layout layout, String heading, List<ArticleCard> articles, Pagination pagination, List<ArticleCard> mostRead) {}
