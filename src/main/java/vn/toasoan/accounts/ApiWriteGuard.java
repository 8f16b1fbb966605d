package vn.toasoan.accounts;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.toasoan.platform.ApiProblems;

/**
 * The API takes no CSRF token, so it refuses writes a browser could be made to send from another site: those that say
 * they come from another site ({@code Sec-Fetch-Site}, {@code Origin}), and bodies in the shapes an HTML form sends
 * (form fields, multipart, plain text). Scripts send JSON, or nothing for a bodyless move, and no such headers.
 */
final class ApiWriteGuard extends OncePerRequestFilter {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private final Set<String> publicPaths;
    private final ApiProblems problems;

    /** @param publicPaths writes that need no account, which another site may as well call */
    ApiWriteGuard(Set<String> publicPaths, ApiProblems problems) {
        this.publicPaths = Set.copyOf(publicPaths);
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return SAFE_METHODS.contains(request.getMethod()) || publicPaths.contains(request.getServletPath());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null && (site.equalsIgnoreCase("cross-site") || site.equalsIgnoreCase("same-site"))
                || foreignOrigin(request)) {
            problems.write(
                    new ApiProblems.Refusal(HttpStatus.FORBIDDEN, "accounts.problem.crossSite"), request, response);
            return;
        }
        if (!jsonOrNothing(request)) {
            problems.write(
                    new ApiProblems.Refusal(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "accounts.problem.jsonOnly"),
                    request,
                    response);
            return;
        }
        chain.doFilter(request, response);
    }

    /** An {@code Origin} other than this site's own (behind a proxy, as the forwarded headers tell it). */
    static boolean foreignOrigin(HttpServletRequest request) {
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        if (origin == null) {
            return false;
        }
        return !normalOrigin(origin).equals(ownOrigin(request));
    }

    private static String ownOrigin(HttpServletRequest request) {
        String scheme = request.getScheme().toLowerCase(Locale.ROOT);
        int port = request.getServerPort();
        boolean defaultPort =
                port <= 0 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
        return scheme + "://" + request.getServerName().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
    }

    private static String normalOrigin(String origin) {
        String o = origin.strip().toLowerCase(Locale.ROOT);
        if (o.startsWith("http://") && o.endsWith(":80")) {
            return o.substring(0, o.length() - 3);
        }
        if (o.startsWith("https://") && o.endsWith(":443")) {
            return o.substring(0, o.length() - 4);
        }
        return o;
    }

    /** JSON, or no body at all: never what an HTML form can send. */
    private static boolean jsonOrNothing(HttpServletRequest request) {
        String type = request.getContentType();
        if (type == null || type.isBlank()) {
            // an HTML form always names its encoding; a script's bodyless POST names none
            return request.getContentLengthLong() <= 0;
        }
        String media = type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return media.equals("application/json") || (media.startsWith("application/") && media.endsWith("+json"));
    }
}
