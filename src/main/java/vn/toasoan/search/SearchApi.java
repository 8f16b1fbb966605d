package vn.toasoan.search;

import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/search?q=…&page=}: public, best first. */
@RestController
class SearchApi {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final Search search;
    private final MessageSource messages;

    SearchApi(Search search, MessageSource messages) {
        this.search = search;
        this.messages = messages;
    }

    @GetMapping("/api/v1/search")
    ResponseEntity<?> search(@RequestParam(required = false) String q, @RequestParam(required = false) String page) {
        if (q == null || q.isBlank()) {
            var problem = ProblemDetail.forStatusAndDetail(
                    HttpStatus.BAD_REQUEST, messages.getMessage("search.api.missingQuery.detail", null, VIETNAMESE));
            problem.setTitle(messages.getMessage("search.api.missingQuery.title", null, VIETNAMESE));
            return ResponseEntity.badRequest().body(problem);
        }
        Search.Results results = search.find(q, Search.page(page));
        return ResponseEntity.ok(new Response(
                results.total(),
                results.hits().stream()
                        .map(hit -> new Item(hit.id(), hit.title(), hit.url(), hit.snippetHtml()))
                        .toList()));
    }

    /**
     * @param snippet HTML: the article's text escaped, the reader's words in {@code <mark>}
     */
    record Item(long id, String title, String url, String snippet) {}

    record Response(long total, List<Item> items) {}
}
