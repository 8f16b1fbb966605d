package vn.toasoan.masthead;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.toasoan.platform.JsonApi;

/** The masthead for administrators' scripts: read it, or replace it whole. */
@RestController
@JsonApi
@RequestMapping("/api/v1/settings/masthead")
@PreAuthorize("hasRole('ADMIN')")
@SecurityRequirement(name = "basic")
class MastheadApi {

    private final Mastheads mastheads;

    MastheadApi(Mastheads mastheads) {
        this.mastheads = mastheads;
    }

    /**
     * The masthead's fields; a blank one has not been filled in yet.
     *
     * @param deputies the deputy editors-in-chief, names separated by commas
     */
    record MastheadJson(
            String siteName,
            String governingBody,
            String licence,
            String editorInChief,
            String deputies,
            String address,
            String phone,
            String email,
            String hotline,
            String advertising) {

        static MastheadJson of(Masthead m) {
            return new MastheadJson(
                    m.siteName(),
                    m.governingBody(),
                    m.licence(),
                    m.editorInChief(),
                    m.deputies(),
                    m.address(),
                    m.phone(),
                    m.email(),
                    m.hotline(),
                    m.advertising());
        }

        MastheadInput input() {
            return new MastheadInput(
                    siteName,
                    governingBody,
                    licence,
                    editorInChief,
                    deputies,
                    address,
                    phone,
                    email,
                    hotline,
                    advertising,
                    null);
        }
    }

    @GetMapping
    @Operation(summary = "The paper's masthead, as every page's footer shows it")
    MastheadJson get() {
        return MastheadJson.of(mastheads.current());
    }

    @PutMapping
    @Operation(
            summary = "Replace the masthead",
            description = "Every field is replaced: one left out or blank is cleared. siteName is required; phone and"
                    + " hotline hold digits, spaces and + . - ( ) /; email must be an address. Invalid fields answer"
                    + " 422 with an `errors` object by field.")
    MastheadJson put(@RequestBody MastheadJson body, Authentication user) {
        return MastheadJson.of(mastheads.update(body.input(), user.getName()));
    }
}
