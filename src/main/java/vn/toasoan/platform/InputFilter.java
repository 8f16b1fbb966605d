package vn.toasoan.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.servlet.filter.OrderedFilter;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, with a 400 and one line in the log, what no form or link sends: control characters other than tabs and line
 * breaks (NUL above all, which PostgreSQL refuses) in any parameter, and query strings and form bodies the container
 * cannot parse. It runs
 * after the comment form's upload filter, which reads that form's body itself, and before anything that reads
 * parameters, so no feature ever sees them.
 */
@Component
@Order(OrderedFilter.REQUEST_WRAPPER_FILTER_MAX_ORDER - 105)
class InputFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(InputFilter.class);

    private final Refusals refusals;

    InputFilter(Refusals refusals) {
        this.refusals = refusals;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getRequestURI().equals("/error")) {
            // the error page, asked for by name rather than reached through an error: there is nothing to show
            refusals.write(request, response, new ApiProblems.Refusal(HttpStatus.NOT_FOUND, "error.notFound.message"));
            return;
        }
        String problem = problem(request);
        if (problem != null) {
            log.info("Refused {} {}: {}", request.getMethod(), request.getRequestURI(), problem);
            refusals.write(request, response, new ApiProblems.Refusal(HttpStatus.BAD_REQUEST, "problem.badInput"));
            return;
        }
        chain.doFilter(request, response);
    }

    private static String problem(HttpServletRequest request) {
        String query = request.getQueryString();
        if (query != null) {
            try {
                // a line break is whitespace in a search; where a value goes into a header, its feature refuses it
                if (ControlCharacters.in(URLDecoder.decode(query, StandardCharsets.UTF_8), true)) {
                    return "control character in the query string";
                }
            } catch (IllegalArgumentException e) {
                return "malformed query string";
            }
        }
        Map<String, String[]> parameters;
        try {
            parameters = request.getParameterMap();
        } catch (RuntimeException e) {
            // a form the container cannot parse: bad percent-encoding, a broken multipart header, over its limits
            return "unreadable parameters (" + e.getClass().getSimpleName() + ")";
        }
        for (var parameter : parameters.entrySet()) {
            if (ControlCharacters.in(parameter.getKey(), false)) {
                return "control character in a parameter's name";
            }
            for (String value : parameter.getValue()) {
                if (ControlCharacters.in(value, true)) {
                    return "control character in " + parameter.getKey();
                }
            }
        }
        return null;
    }
}
