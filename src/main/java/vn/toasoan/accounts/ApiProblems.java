package vn.toasoan.accounts;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API's refusals before any controller runs (no or wrong credentials, throttled, forbidden), as RFC 9457 problem
 * details with a Vietnamese {@code detail}, like every other API error.
 */
final class ApiProblems {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ApiProblems() {}

    static AuthenticationEntryPoint entryPoint() {
        return (request, response, exception) -> {
            if (exception instanceof LoginThrottledException throttled) {
                response.setHeader(
                        "Retry-After", String.valueOf(throttled.retryAfter().toSeconds()));
                write(response, HttpStatus.TOO_MANY_REQUESTS, throttled.vietnameseMessage(), request.getRequestURI());
                return;
            }
            // No "Basic" challenge: a browser would prompt for it, then keep the credentials and send them with any
            // request another site makes it send. Scripts send their credentials unasked.
            String detail = exception instanceof org.springframework.security.authentication.DisabledException
                    ? "Tài khoản này đã bị khóa."
                    : "Cần đăng nhập bằng e-mail và mật khẩu của tài khoản tòa soạn (HTTP Basic).";
            write(response, HttpStatus.UNAUTHORIZED, detail, request.getRequestURI());
        };
    }

    static AccessDeniedHandler accessDenied() {
        return (request, response, exception) -> write(
                response,
                HttpStatus.FORBIDDEN,
                "Tài khoản của bạn không có quyền thực hiện thao tác này.",
                request.getRequestURI());
    }

    static void write(HttpServletResponse response, HttpStatus status, String detail, String instance)
            throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", status.getReasonPhrase());
        problem.put("status", status.value());
        problem.put("detail", detail);
        problem.put("instance", instance);
        response.setStatus(status.value());
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(JSON.writeValueAsString(problem));
    }
}
