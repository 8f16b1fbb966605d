package vn.toasoan.frontpage;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.toasoan.accounts.Accounts;
import vn.toasoan.platform.ApiProblems;
import vn.toasoan.platform.JsonApi;
import vn.toasoan.platform.VietnamTime;
import vn.toasoan.sections.SectionNotFoundException;
import vn.toasoan.sections.Sections;

/** The lead and featured stories of the home page or of a section page, over JSON. */
@RestController
@JsonApi
@RequestMapping(path = "/api/v1/front-page", produces = "application/json")
@Tag(name = "Trang nhất (front page)")
@SecurityRequirement(name = "basic")
class FrontPageApi {

    private final FrontPages frontPages;
    private final Sections sections;
    private final Accounts accounts;

    FrontPageApi(FrontPages frontPages, Sections sections, Accounts accounts) {
        this.frontPages = frontPages;
        this.sections = sections;
        this.accounts = accounts;
    }

    /**
     * @param lead the lead story's article id, or null for the newest article
     * @param featured featured stories' article ids in order, at most {@value FrontPages#FEATURED_SLOTS}
     * @param expiresAt ISO-8601 with offset, or null: until then; afterwards the page shows the newest articles again
     */
    record FrontPageJson(Long lead, List<Long> featured, String expiresAt) {}

    @GetMapping
    @Operation(
            summary = "Tin tiêu điểm và tin nổi bật (what the page shows first)",
            description = "Without section, the home page. What is in effect now: nothing after the expiry, and only"
                    + " articles still published (in the section, for a section page). Slots left empty show the"
                    + " newest articles.")
    FrontPageJson get(@Parameter(description = "a section's slug") @RequestParam(required = false) String section) {
        return json(frontPages.placed(sectionId(section)));
    }

    @PutMapping(consumes = "application/json")
    @Operation(
            summary = "Đặt tin tiêu điểm và tin nổi bật (place stories)",
            description = "Editors and administrators. Replaces what the page had; {\"lead\": null, \"featured\": []}"
                    + " gives it back to the newest articles. 422 (problem details, with the ids at fault in"
                    + " \"articles\") for an article that is not published, or not in the section, one placed twice,"
                    + " more than 4 featured stories, or an expiry in the past.")
    FrontPageJson put(
            @Parameter(description = "a section's slug") @RequestParam(required = false) String section,
            @RequestBody FrontPageJson body) {
        var curation = new Curation(body.lead(), body.featured(), expiry(body.expiresAt()));
        return json(frontPages.set(accounts.current(), sectionId(section), curation));
    }

    private Long sectionId(String slug) {
        if (slug == null || slug.isBlank()) {
            return null;
        }
        return sections.bySlug(slug.strip())
                .orElseThrow(() -> new SectionNotFoundException(slug))
                .id();
    }

    private static java.time.Instant expiry(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw new ApiProblems.Refusal(HttpStatus.BAD_REQUEST, "frontpage.refused.expiryUnreadable");
        }
    }

    private static FrontPageJson json(Placed placed) {
        return new FrontPageJson(
                placed.lead() == null ? null : placed.lead().id(),
                placed.featured().stream().map(s -> s.id()).toList(),
                placed.expiresAt() == null ? null : VietnamTime.iso(placed.expiresAt()));
    }
}
