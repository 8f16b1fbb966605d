package vn.toasoan.articles;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.toasoan.accounts.Account;
import vn.toasoan.accounts.Accounts;
import vn.toasoan.platform.JsonApi;
import vn.toasoan.sections.Section;
import vn.toasoan.sections.Sections;

/**
 * Articles over JSON for integrations and scripts, with the newsroom's role rules. HTTP Basic with an account's e-mail
 * and password; errors are RFC 9457 problem details ({@link vn.toasoan.platform.ApiProblems}).
 */
@RestController
@JsonApi
@RequestMapping(path = "/api/v1/articles", produces = "application/json")
@Tag(name = "Bài viết (articles)")
@SecurityRequirement(name = "bearer")
@SecurityRequirement(name = "basic")
class ArticleApi {

    static final int PAGE_SIZE = 20;

    private final ArticleEditing editing;
    private final ArticleWorkflow workflow;
    private final ApiArticles shown;
    private final Accounts accounts;
    private final Sections sections;
    private final ArticleText text;
    private final LeadPhotos leadPhotos;
    private final ArticleTrash trash;

    ArticleApi(
            ArticleEditing editing,
            ArticleWorkflow workflow,
            ApiArticles shown,
            Accounts accounts,
            Sections sections,
            ArticleText text,
            LeadPhotos leadPhotos,
            ArticleTrash trash) {
        this.leadPhotos = leadPhotos;
        this.trash = trash;
        this.editing = editing;
        this.workflow = workflow;
        this.shown = shown;
        this.accounts = accounts;
        this.sections = sections;
        this.text = text;
    }

    /**
     * @param scheduledAt for {@code schedule}: ISO-8601 with offset, in the future
     * @param acknowledge for {@code schedule}: codes of the warnings the caller has seen and schedules past
     * @param reason for {@code return-to-draft}: why, for the reporter; required unless the caller wrote the article
     */
    record Move(String scheduledAt, List<String> acknowledge, String reason) {}

    /** @param acknowledge codes of the non-blocking warnings the caller has seen and publishes past */
    record Publish(List<String> acknowledge) {}

    /**
     * @param image one of the article's photos ({@code figures[].image})
     * @param focusX the focal point, percent from the left; 50 when left out
     * @param focusY percent from the top; 50 when left out
     */
    record LeadPhotoRequest(String image, Integer focusX, Integer focusY) {}

    @GetMapping
    @Operation(summary = "Danh sách bài viết (list articles)", description = "20 a page, newest change first.")
    ApiArticles.Page list(
            @RequestParam(required = false) ArticleStatus status,
            @RequestParam(required = false) String section,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "1") int page) {
        Account account = accounts.current();
        Long sectionId =
                section == null || section.isBlank() ? null : section(section).id();
        return shown.page(account, new ArticleFilter(status, sectionId, null, q, page, PAGE_SIZE));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Một bài viết (one article)", description = "The ETag is the version, for If-Match on PUT.")
    ResponseEntity<ArticleJson> get(@PathVariable long id) {
        WorkingArticle article = editing.get(accounts.current(), id);
        return ResponseEntity.ok().eTag(etag(article)).body(json(article));
    }

    @PostMapping(consumes = "application/json")
    @Operation(summary = "Tạo bài nháp (create a draft)", description = "Needs title, sapo, body and section.")
    ResponseEntity<ArticleJson> create(@RequestBody ArticleRequest request) {
        List<String> missing = request.missingForCreate();
        if (!missing.isEmpty()) {
            throw new ArticleInvalidException(text.get("articles.api.missingFields", String.join(", ", missing)));
        }
        WorkingArticle created = editing.create(
                accounts.current(), request.toInput(section(request.section()).id()));
        return ResponseEntity.created(URI.create("/api/v1/articles/" + created.id()))
                .eTag(etag(created))
                .body(json(created));
    }

    @PutMapping(path = "/{id}", consumes = "application/json")
    @Operation(
            summary = "Sửa bài (change an article)",
            description = "Fields left out stay as they are; photos stay. With If-Match, a stale version answers 409."
                    + " On a published article, 422 when a blocking check fails, as for publishing.")
    ResponseEntity<ArticleJson> update(
            @PathVariable long id,
            @RequestBody ArticleRequest request,
            @Parameter(description = "the ETag from GET") @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                    String ifMatch) {
        Account account = accounts.current();
        WorkingArticle current = editing.get(account, id);
        int version = ifMatch == null ? current.version() : version(ifMatch);
        ArticleInput now = CleanArticle.of(current.article()).toInput();
        Long sectionId = request.section() == null
                ? now.sectionId()
                : section(request.section()).id();
        WorkingArticle saved = editing.save(account, id, version, request.over(now, sectionId));
        return ResponseEntity.ok().eTag(etag(saved)).body(json(saved));
    }

    @PostMapping("/{id}/publish")
    @Operation(
            summary = "Đăng bài (publish)",
            description = "Editors and administrators. While a check before publishing has found something, publishing"
                    + " answers 409 with the open warnings listed by code (`warnings[].code`, `warnings[].blocking`):"
                    + " a blocking one must be fixed; any other is published past only when the body names its code,"
                    + " `{\"acknowledge\": [\"CODE\", …]}`. The audit log keeps who published past which warnings.")
    @ApiResponse(responseCode = "200", description = "Published")
    @ApiResponse(
            responseCode = "409",
            description = "A warning is open: blocking, or not acknowledged; or the move is not possible from the"
                    + " article's status",
            content = @Content(mediaType = "application/problem+json"))
    ArticleJson publish(@PathVariable long id, @RequestBody(required = false) Publish publish) {
        Set<String> acknowledged = codes(publish == null ? null : publish.acknowledge());
        return json(workflow.apply(
                accounts.current(), id, Transition.PUBLISH, null, new MoveRequest(null, acknowledged, null)));
    }

    @DeleteMapping("/{id}")
    @Operation(
            summary = "Xóa bài (move to the trash)",
            description = "The article goes to the trash: a published one is unpublished first, a scheduled one"
                    + " unscheduled; it leaves the lists and cannot be published until restored in the newsroom."
                    + " Editors and administrators; a reporter, for a draft of their own. An administrator empties the"
                    + " trash in the newsroom.")
    @ApiResponse(responseCode = "204", description = "In the trash")
    ResponseEntity<Void> delete(@PathVariable long id) {
        trash.delete(accounts.current(), id);
        return ResponseEntity.noContent().build();
    }

    @PutMapping(path = "/{id}/lead-photo", consumes = "application/json")
    @Operation(
            summary = "Chọn ảnh đại diện (choose the lead photo)",
            description = "The photo the home page, section pages and og:image show, one of the article's own"
                    + " (`figures[].image`), and its focal point in percent, which cropped cards keep in view."
                    + " Whoever may edit the article. Not a revision: the public update time does not move.")
    @ApiResponse(responseCode = "200", description = "Chosen")
    @ApiResponse(
            responseCode = "400",
            description = "Not one of the article's photos",
            content = @Content(mediaType = "application/problem+json"))
    ArticleJson leadPhoto(@PathVariable long id, @RequestBody LeadPhotoRequest request) {
        java.util.UUID image;
        try {
            image = java.util.UUID.fromString(
                    request.image() == null ? "" : request.image().strip());
        } catch (IllegalArgumentException e) {
            throw new ArticleInvalidException(text.get("articles.lead.notInArticle"));
        }
        return json(leadPhotos.choose(
                accounts.current(),
                id,
                image,
                request.focusX() == null ? 50 : request.focusX(),
                request.focusY() == null ? 50 : request.focusY()));
    }

    @PostMapping("/{id}/{transition:submit|return-to-draft|schedule|unschedule|unpublish}")
    @Operation(
            summary = "Chuyển trạng thái (other workflow moves)",
            description = "submit; return-to-draft (body {\"reason\": \"…\"}, required unless the caller wrote the"
                    + " article: it joins the article's editorial notes and is sent to the reporter); schedule (body"
                    + " {\"scheduledAt\": ISO-8601, \"acknowledge\": [\"CODE\", …]}, the same rule on open"
                    + " warnings as publishing, 409 otherwise); unschedule; unpublish.")
    ArticleJson move(@PathVariable long id, @PathVariable String transition, @RequestBody(required = false) Move move) {
        Transition t = Transition.bySlug(transition).orElseThrow();
        Instant at = null;
        if (t == Transition.SCHEDULE) {
            if (move == null || move.scheduledAt() == null || move.scheduledAt().isBlank()) {
                throw new ArticleInvalidException(text.get("articles.api.scheduledAtMissing"));
            }
            try {
                at = OffsetDateTime.parse(move.scheduledAt().strip()).toInstant();
            } catch (java.time.format.DateTimeParseException e) {
                throw new ArticleInvalidException(text.get("articles.api.scheduledAtInvalid"));
            }
        }
        Set<String> acknowledged = codes(move == null ? null : move.acknowledge());
        return json(workflow.apply(
                accounts.current(),
                id,
                t,
                null,
                new MoveRequest(at, acknowledged, move == null ? null : move.reason())));
    }

    private ArticleJson json(WorkingArticle article) {
        return shown.one(article);
    }

    private Section section(String slug) {
        return sections.bySlug(slug.strip())
                .orElseThrow(() -> new ArticleInvalidException(text.get("articles.api.noSection", slug)));
    }

    private static String etag(WorkingArticle article) {
        return "\"" + article.version() + "\"";
    }

    private int version(String ifMatch) {
        try {
            return Integer.parseInt(ifMatch.replace("W/", "").replace("\"", "").strip());
        } catch (NumberFormatException e) {
            throw new ArticleInvalidException(text.get("articles.api.ifMatch"));
        }
    }

    private static Set<String> codes(List<String> acknowledge) {
        return acknowledge == null
                ? Set.of()
                : acknowledge.stream()
                        .filter(java.util.Objects::nonNull)
                        .map(String::strip)
                        .collect(java.util.stream.Collectors.toSet());
    }
}
