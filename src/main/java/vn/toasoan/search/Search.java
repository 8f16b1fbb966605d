package vn.toasoan.search;

import java.time.Clock;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/** Reader search over published articles, for the search page and the API. */
@Service
class Search {

    static final int PAGE_SIZE = 10;

    /** Deeper pages cost more to rank and nobody reads them; the count stays exact. */
    static final int MAX_PAGE = 50;

    private final ObjectProvider<ArticleIndex> index;
    private final Clock clock;

    Search(ObjectProvider<ArticleIndex> index, Clock clock) {
        this.index = index;
        this.clock = clock;
    }

    /** One page of results; pages count from 1, and a page past the end is empty. */
    Results find(String input, int page) {
        ReaderQuery query = ReaderQuery.parse(input);
        int safePage = Math.max(1, page);
        if (safePage > MAX_PAGE) {
            return new Results(
                    query,
                    safePage,
                    index.getObject().search(query, clock.instant(), 0, 0).total(),
                    List.of());
        }
        ArticleIndex.Hits hits =
                index.getObject().search(query, clock.instant(), (safePage - 1) * PAGE_SIZE, PAGE_SIZE);
        return new Results(query, safePage, hits.total(), hits.hits());
    }

    /** Lenient about the page number a reader or a script typed: anything unreadable is page 1. */
    static int page(String value) {
        try {
            return value == null ? 1 : Math.max(1, Integer.parseInt(value.strip()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    record Results(ReaderQuery query, int page, long total, List<ArticleIndex.Hit> hits) {

        int pages() {
            return (int) Math.min(MAX_PAGE, Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE));
        }
    }
}
