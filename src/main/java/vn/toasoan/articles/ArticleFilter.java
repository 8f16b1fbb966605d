package vn.toasoan.articles;

/**
 * What the newsroom's article list and the API's list filter on; null means any.
 *
 * @param text words in the title, sapo or byline, or an article number
 * @param page from 1
 */
public record ArticleFilter(ArticleStatus status, Long sectionId, Long authorId, String text, int page, int pageSize) {

    public ArticleFilter {
        page = Math.max(1, page);
        pageSize = Math.min(Math.max(1, pageSize), 200);
    }
}
