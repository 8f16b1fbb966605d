package vn.toasoan.articles;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import vn.toasoan.accounts.Accounts;
import vn.toasoan.platform.JsonApi;
import vn.toasoan.platform.VietnamTime;

/** Preview links over JSON: an article as readers will see it, for someone without an account, until it expires. */
@RestController
@JsonApi
@RequestMapping(path = "/api/v1/articles", produces = "application/json")
@Tag(name = "Bài viết (articles)")
@SecurityRequirement(name = "basic")
class PreviewLinkApi {

    private final PreviewLinks previews;
    private final Accounts accounts;
    private final ArticleText text;
    private final String baseUrl;

    PreviewLinkApi(
            PreviewLinks previews,
            Accounts accounts,
            ArticleText text,
            @Value("${toasoan.site.base-url:}") String baseUrl) {
        this.previews = previews;
        this.accounts = accounts;
        this.text = text;
        this.baseUrl = baseUrl;
    }

    /** @param expiresAt ISO-8601 with offset; left out, three days from now */
    record LinkRequest(String expiresAt) {}

    /** @param url opens without an account until {@code expiresAt}, then answers 410 */
    record LinkJson(String url, String expiresAt) {}

    @PostMapping("/{id}/preview-links")
    @Operation(
            summary = "Liên kết xem trước (preview link)",
            description = "The article at any status, exactly as readers will see it, for someone without an account."
                    + " Its author, editors and administrators. Optional body {\"expiresAt\": ISO-8601}, at most 30"
                    + " days away; three days when left out. The link answers 410 once expired. Preview pages are"
                    + " never indexed, cached or counted as views.")
    ResponseEntity<LinkJson> create(@PathVariable long id, @RequestBody(required = false) LinkRequest request) {
        Instant expiresAt = null;
        if (request != null
                && request.expiresAt() != null
                && !request.expiresAt().isBlank()) {
            try {
                expiresAt = OffsetDateTime.parse(request.expiresAt().strip()).toInstant();
            } catch (DateTimeParseException e) {
                throw new ArticleInvalidException(text.get("articles.preview.expiryUnreadable"));
            }
        }
        PreviewLinks.PreviewLink link = previews.issue(accounts.current(), id, expiresAt);
        String url = absolute(link.path());
        return ResponseEntity.created(URI.create(url)).body(new LinkJson(url, VietnamTime.iso(link.expiresAt())));
    }

    private String absolute(String path) {
        String base = baseUrl.isBlank()
                ? ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString()
                : baseUrl;
        return base.replaceAll("/+$", "") + path;
    }
}
