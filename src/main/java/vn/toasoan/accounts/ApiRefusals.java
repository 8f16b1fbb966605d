package vn.toasoan.accounts;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import vn.toasoan.platform.ApiProblems;

/**
 * The API's refusals before any controller runs (no or wrong credentials, throttled, forbidden), answered by the API's
 * one error handler like every other API error.
 */
final class ApiRefusals {

    /** What an API 401 asks for: a token. */
    static final String CHALLENGE = "Bearer realm=\"toasoan\"";

    private ApiRefusals() {}

    static AuthenticationEntryPoint entryPoint(ApiProblems problems) {
        return (request, response, exception) -> {
            // A "Bearer" challenge (RFC 6750), never "Basic": a browser would prompt for Basic, then keep the
            // credentials and send them with any request another site makes it send. Scripts send theirs unasked.
            ApiProblems.Refusal refusal;
            if (exception instanceof LoginThrottledException throttled) {
                refusal = new ApiProblems.Refusal(
                                HttpStatus.TOO_MANY_REQUESTS, "accounts.error.throttled", throttled.minutes())
                        .header(
                                "Retry-After",
                                String.valueOf(throttled.retryAfter().toSeconds()));
            } else if (exception instanceof DisabledException) {
                refusal = new ApiProblems.Refusal(HttpStatus.UNAUTHORIZED, "accounts.problem.disabled");
            } else if (request.getAttribute(BearerTokenFilter.INVALID) != null) {
                refusal = new ApiProblems.Refusal(HttpStatus.UNAUTHORIZED, "accounts.problem.invalidToken")
                        .header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE + ", error=\"invalid_token\"");
            } else {
                refusal = new ApiProblems.Refusal(HttpStatus.UNAUTHORIZED, "accounts.problem.unauthorized");
            }
            if (refusal.status() == HttpStatus.UNAUTHORIZED
                    && refusal.headers().getFirst(HttpHeaders.WWW_AUTHENTICATE) == null) {
                refusal = refusal.header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE);
            }
            problems.write(refusal, request, response);
        };
    }

    static AccessDeniedHandler accessDenied(ApiProblems problems) {
        return (request, response, exception) -> problems.write(ApiProblems.forbidden(exception), request, response);
    }
}
