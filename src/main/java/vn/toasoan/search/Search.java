package vn.toasoan.search;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import vn.toasoan.platform.VietnamTime;
import vn.toasoan.vietnamese.DiacriticsRestorer;

/** Reader search over published articles, for the search page and the API. */
@Service
class Search {

    static final int PAGE_SIZE = 10;

    /** Deeper pages cost more to rank and nobody reads them; the count stays exact. */
    static final int MAX_PAGE = 50;

    private final ObjectProvider<ArticleIndex> index;
    private final DiacriticsRestorer restorer;
    private final Clock clock;

    Search(ObjectProvider<ArticleIndex> index, DiacriticsRestorer restorer, Clock clock) {
        this.index = index;
        this.restorer = restorer;
        this.clock = clock;
    }

    /**
     * What a reader asks: words, an optional section and publication dates (days in Vietnam time, both included), an
     * order and a page counted from 1.
     */
    record Request(String text, Long sectionId, LocalDate from, LocalDate to, ArticleIndex.Order order, int page) {

        static Request of(String text, int page) {
            return new Request(text, null, null, null, ArticleIndex.Order.RELEVANCE, page);
        }

        ArticleIndex.Filter filter() {
            return new ArticleIndex.Filter(
                    sectionId,
                    from == null ? null : from.atStartOfDay(VietnamTime.ZONE).toInstant(),
                    to == null
                            ? null
                            : to.plusDays(1).atStartOfDay(VietnamTime.ZONE).toInstant());
        }
    }

    /** One page of results; pages count from 1, and a page past the end is empty. */
    Results find(String input, int page) {
        return find(Request.of(input, page));
    }

    Results find(Request request) {
        ReaderQuery query = ReaderQuery.parse(request.text());
        ArticleIndex.Filter filter = request.filter();
        int safePage = Math.max(1, request.page());
        ArticleIndex articles = index.getObject();
        ArticleIndex.Hits hits = safePage > MAX_PAGE
                ? new ArticleIndex.Hits(articles.count(query, filter), List.of())
                : articles.search(
                        query, filter, request.order(), clock.instant(), (safePage - 1) * PAGE_SIZE, PAGE_SIZE);
        String suggestion =
                hits.total() == 0 ? suggestion(articles, query, filter).orElse(null) : null;
        return new Results(query, safePage, hits.total(), hits.hits(), suggestion);
    }

    /**
     * For a search that found nothing: the reader's words with the mistyped ones replaced by the closest words of the
     * index, and words typed without marks given the marks the restorer would put, as long as that search finds
     * something.
     */
    private Optional<String> suggestion(ArticleIndex articles, ReaderQuery query, ArticleIndex.Filter filter) {
        if (query.isEmpty()) {
            return Optional.empty();
        }
        Optional<List<String>> corrected = articles.corrected(query);
        String words = String.join(" ", corrected.orElse(query.typed()));
        List<String> candidates = new ArrayList<>();
        if (ReaderQuery.parse(words).unmarked()) {
            restorer.restore(words).ifPresent(candidates::add);
        }
        if (corrected.isPresent()) {
            candidates.add(words);
        }
        return candidates.stream()
                .filter(candidate -> articles.count(ReaderQuery.parse(candidate), filter) > 0)
                .findFirst();
    }

    /** Lenient about the page number a reader or a script typed: anything unreadable is page 1. */
    static int page(String value) {
        try {
            return value == null ? 1 : Math.max(1, Integer.parseInt(value.strip()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** @param suggestion what the reader may have meant, when nothing was found; null otherwise */
    record Results(ReaderQuery query, int page, long total, List<ArticleIndex.Hit> hits, String suggestion) {

        int pages() {
            return (int) Math.min(MAX_PAGE, Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE));
        }
    }
}
