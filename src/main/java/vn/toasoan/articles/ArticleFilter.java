package vn.toasoan.articles;

import java.time.Instant;

/**
 * What the newsroom's article list and the API's list filter on; null means any.
 *
 * @param text words in the title, sapo or byline, or an article number
 * @param from with {@code to}, the range of {@code dateField}: from inclusive, or null
 * @param to exclusive, or null
 * @param page from 1
 */
public record ArticleFilter(
        ArticleStatus status,
        Long sectionId,
        Long authorId,
        String text,
        DateField dateField,
        Instant from,
        Instant to,
        Order order,
        boolean ascending,
        int page,
        int pageSize) {

    /** Which of an article's times a date range looks at. */
    public enum DateField {
        MODIFIED,
        PUBLISHED
    }

    /** What the list is sorted by; ties go newest article first. */
    public enum Order {
        MODIFIED,
        PUBLISHED,
        VIEWS,
        TITLE
    }

    public ArticleFilter {
        dateField = dateField == null ? DateField.MODIFIED : dateField;
        order = order == null ? Order.MODIFIED : order;
        page = Math.max(1, page);
        pageSize = Math.min(Math.max(1, pageSize), 200);
    }

    /** Last changed first, over any time. */
    public ArticleFilter(ArticleStatus status, Long sectionId, Long authorId, String text, int page, int pageSize) {
        this(status, sectionId, authorId, text, DateField.MODIFIED, null, null, Order.MODIFIED, false, page, pageSize);
    }

    public ArticleFilter withAuthor(Long author) {
        return new ArticleFilter(
                status, sectionId, author, text, dateField, from, to, order, ascending, page, pageSize);
    }
}
