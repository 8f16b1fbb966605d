package vn.toasoan.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The API's one error handler: every refusal of a {@link JsonApi} controller, and through {@link #write} every refusal
 * of the filters in front of them, as an RFC 9457 problem whose {@code detail} is in the user's language (Vietnamese
 * unless they chose English). It knows no feature: a {@link FeatureException} names its status, text and extras.
 */
@RestControllerAdvice(annotations = JsonApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ApiProblems {

    /** What Spring Security says when a rule, rather than a feature, refuses: the generic text says it better. */
    private static final String SPRING_DENIAL = "Access Denied";

    private static final URI BLANK = URI.create("about:blank");

    private final MessageSource messages;
    private final LocaleResolver locales;
    private final JacksonJsonHttpMessageConverter json = new JacksonJsonHttpMessageConverter();

    public ApiProblems(MessageSource messages, LocaleResolver locales) {
        this.messages = messages;
        this.locales = locales;
    }

    @ExceptionHandler(FeatureException.class)
    ResponseEntity<ProblemDetail> refused(FeatureException e, HttpServletRequest request) {
        return answer(e, request, LocaleContextHolder.getLocale());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> denied(AccessDeniedException e, HttpServletRequest request) {
        return refused(forbidden(e), request);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        RequestGuard.BodyRefused cut = RequestGuard.BodyRefused.in(e);
        if (cut != null) {
            // the rest of the body is not read: the connection is not kept
            UnreadBodies.leaveUnread(request);
            return ResponseEntity.status(cut.refusal().status())
                    .header(HttpHeaders.CONNECTION, "close")
                    .headers(refused(cut.refusal(), request).getHeaders())
                    .body(refused(cut.refusal(), request).getBody());
        }
        return refused(new Refusal(HttpStatus.BAD_REQUEST, "problem.unreadable"), request);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> badParameter(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        Class<?> type = e.getRequiredType();
        if (type != null && type.isEnum() && type.getEnumConstants().length > 1) {
            List<String> choices = Arrays.stream(type.getEnumConstants())
                    .map(c -> ((Enum<?>) c).name())
                    .toList();
            String last = choices.get(choices.size() - 1);
            String others = String.join(", ", choices.subList(0, choices.size() - 1));
            return refused(
                    new Refusal(HttpStatus.BAD_REQUEST, "problem.badChoice", e.getName(), others, last), request);
        }
        return refused(new Refusal(HttpStatus.BAD_REQUEST, "problem.badParameter", e.getName()), request);
    }

    /**
     * For the filters that refuse before any controller runs (credentials, throttling, cross-site writes): the same
     * problem as the advice answers, written straight to the response.
     */
    public void write(FeatureException refusal, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        // before the DispatcherServlet, so its locale is not set yet: the site's rule, applied here
        ResponseEntity<ProblemDetail> answer = answer(refusal, request, locales.resolveLocale(request));
        var out = new ServletServerHttpResponse(response);
        out.setStatusCode(answer.getStatusCode());
        out.getHeaders().putAll(answer.getHeaders());
        json.write(answer.getBody(), MediaType.APPLICATION_PROBLEM_JSON, out);
    }

    /** A body larger than its endpoint takes, with the limit in the words people use for sizes. */
    public static FeatureException tooLarge(long maxBytes) {
        return new Refusal(HttpStatus.CONTENT_TOO_LARGE, "problem.tooLarge", size(maxBytes));
    }

    static String size(long bytes) {
        long mb = 1024 * 1024;
        if (bytes >= mb) {
            return (bytes % mb == 0
                            ? String.valueOf(bytes / mb)
                            : String.format(Locale.ROOT, "%.1f", bytes / (double) mb))
                    + " MB";
        }
        return Math.max(1, bytes / 1024) + " KB";
    }

    /** A refusal by Spring Security's rules, or by a feature that says why in its message (a text or a key). */
    public static FeatureException forbidden(AccessDeniedException e) {
        String message = e.getMessage();
        boolean said = message != null && !message.isBlank() && !message.startsWith(SPRING_DENIAL);
        return new Refusal(HttpStatus.FORBIDDEN, said ? message : "problem.forbidden");
    }

    private ResponseEntity<ProblemDetail> answer(FeatureException e, HttpServletRequest request, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(e.status(), messages.getMessage(e, locale));
        // RFC 9457 reads a missing type as this one; saying it spares clients that look for it
        problem.setType(BLANK);
        if (e.titleKey() != null) {
            problem.setTitle(messages.getMessage(e.titleKey(), null, e.titleKey(), locale));
        }
        problem.setInstance(URI.create(request.getRequestURI()));
        e.properties().forEach(problem::setProperty);
        return ResponseEntity.status(e.status())
                .headers(e.headers())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    /** A refusal by the framework or a filter rather than by a feature. */
    public static final class Refusal extends FeatureException {

        private final HttpHeaders headers = new HttpHeaders();

        public Refusal(HttpStatus status, String messageKey, Object... arguments) {
            super(status, messageKey, arguments);
        }

        /** Adds a header to the answer, such as {@code Retry-After}. */
        public Refusal header(String name, String value) {
            headers.set(name, value);
            return this;
        }

        @Override
        public HttpHeaders headers() {
            return HttpHeaders.readOnlyHttpHeaders(headers);
        }
    }
}
