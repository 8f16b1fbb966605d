package vn.toasoan.articles;

import java.util.List;

/** One page of a longer list. Pages count from 1. */
public record Listing<T>(List<T> items, long total, int page, int pageSize) {

    public int pages() {
        return (int) Math.max(1, (total + pageSize - 1) / pageSize);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages();
    }
}
