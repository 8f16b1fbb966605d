package vn.toasoan.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.HtmlUtils;

/**
 * The answers of the filters that refuse a request before any page runs: problem details for the API and for scripts,
 * a short page in the reader's language for browsers. Not the site's error page: its dispatch would read the very
 * parameters or body being refused.
 */
@Component
class Refusals {

    private final ApiProblems problems;
    private final MessageSource messages;
    private final LocaleResolver locales;

    Refusals(ApiProblems problems, MessageSource messages, LocaleResolver locales) {
        this.problems = problems;
        this.messages = messages;
        this.locales = locales;
    }

    void write(HttpServletRequest request, HttpServletResponse response, FeatureException refusal) throws IOException {
        if (request.getRequestURI().startsWith("/api/") || wantsJson(request)) {
            problems.write(refusal, request, response);
        } else {
            refusal.headers().forEach((name, values) -> values.forEach(v -> response.addHeader(name, v)));
            response.setStatus(refusal.status().value());
            Locale locale = locale(request);
            String title = text(
                    switch (refusal.status().value()) {
                        case 404 -> "error.notFound.heading";
                        case 413 -> "error.tooLarge.heading";
                        case 429 -> "error.tooMany.heading";
                        default -> "error.badRequest.heading";
                    },
                    locale);
            String message = messages.getMessage(refusal, locale);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.setContentType(MediaType.TEXT_HTML_VALUE);
            response.getWriter()
                    .write("<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><meta charset=\"utf-8\">"
                            + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                            + "<meta name=\"robots\" content=\"noindex\"><title>" + escape(title) + "</title><h1>"
                            + escape(title) + "</h1><p>" + escape(message) + "</p><p><a href=\"/\">"
                            + escape(text("site.home", locale)) + "</a></p></html>");
        }
        response.flushBuffer();
    }

    /**
     * As the site chooses it: {@code ?lang=en} for English, any other choice Vietnamese, else the reader's cookie. Only
     * the query string is read: a parameter would read the body being refused.
     */
    private Locale locale(HttpServletRequest request) {
        String query = request.getQueryString();
        if (query != null) {
            for (String pair : query.split("&")) {
                if (pair.startsWith("lang=")) {
                    return pair.equals("lang=en") ? Locale.ENGLISH : Locale.forLanguageTag("vi");
                }
            }
        }
        return locales.resolveLocale(request);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    private static String escape(String s) {
        return HtmlUtils.htmlEscape(s, "UTF-8");
    }

    private static boolean wantsJson(HttpServletRequest request) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return accept != null && accept.contains("json") && !accept.contains("text/html");
    }
}
