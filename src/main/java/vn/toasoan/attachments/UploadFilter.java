package vn.toasoan.attachments;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.HtmlUtils;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Reads a reader's form's multipart body itself, before the servlet container would spool it to a temp file, so that
 * the attachment's limit holds while it streams and nothing of a refused file stays on disk. The form's controller
 * finds what came in through {@link ParsedUpload#of}.
 */
public final class UploadFilter extends OncePerRequestFilter {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final String pathPrefix;
    private final Path incoming;
    private final long maxFileBytes;
    private final long drainLimit;
    private final MessageSource messages;
    private final LocaleResolver locales;

    /**
     * @param pathPrefix the form posts under this path, e.g. {@code /binh-luan/}; other requests pass untouched
     * @param maxFileBytes the attachment's limit, held while it streams
     * @param drainLimit an oversized body is read and thrown away up to this size; beyond it the connection is closed
     * @param locales the site's, for the language of the refusals this filter answers itself
     */
    public UploadFilter(
            String pathPrefix,
            AttachmentStore store,
            long maxFileBytes,
            long drainLimit,
            MessageSource messages,
            LocaleResolver locales) {
        this.pathPrefix = pathPrefix;
        this.incoming = store.incoming();
        this.maxFileBytes = maxFileBytes;
        this.drainLimit = drainLimit;
        this.messages = messages;
        this.locales = locales;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return !"POST".equals(request.getMethod())
                || type == null
                || !type.toLowerCase(Locale.ROOT).startsWith("multipart/")
                || !pathWithinApplication(request).startsWith(pathPrefix);
    }

    /**
     * Decoded and normalised, as Spring MVC matches it: {@code /binh-luan/%32%38} and {@code /binh-luan/28;x} both
     * reach the comment form's controller, so both must pass here rather than be spooled to disk by the container.
     */
    static String pathWithinApplication(HttpServletRequest request) {
        String servletPath = request.getServletPath();
        String pathInfo = request.getPathInfo();
        return (servletPath == null ? "" : servletPath) + (pathInfo == null ? "" : pathInfo);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > drainLimit) {
            refuseWhole(request, response);
            return;
        }
        String boundary = MultipartUploadReader.boundary(request.getContentType());
        if (boundary == null) {
            refuseMalformed(request, response);
            return;
        }
        ParsedUpload upload;
        try {
            upload = new MultipartUploadReader(incoming, maxFileBytes, drainLimit)
                    .read(request.getInputStream(), boundary);
        } catch (MultipartScanner.TooLarge e) {
            refuseWhole(request, response);
            return;
        } catch (MultipartUploadReader.Malformed e) {
            refuseMalformed(request, response);
            return;
        }
        try {
            chain.doFilter(new UploadRequest(request, upload), response);
        } finally {
            upload.discard();
        }
    }

    /**
     * Answered here rather than through the error page: that page would be served to the same multipart request, whose
     * body this filter has already read.
     */
    private void refuseMalformed(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = locale(request);
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        page(
                response,
                locale,
                text("attachments.refused.malformed.title", locale),
                text("attachments.refused.malformed.message", locale));
    }

    /** Far over any limit: answered at once, in the reader's language, and the connection closed rather than read. */
    private void refuseWhole(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = locale(request);
        String size = Sizes.text(maxFileBytes, locale);
        response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
        response.setHeader(HttpHeaders.CONNECTION, "close");
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        if (accept != null && accept.contains("json")) {
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.getWriter()
                    .write("{\"type\":\"about:blank\",\"title\":\"Content Too Large\",\"status\":413,\"detail\":\""
                            + json(text("attachments.refused.tooLarge.detail", locale, size)) + "\"}");
        } else {
            page(
                    response,
                    locale,
                    text("attachments.refused.tooLarge.title", locale),
                    text("attachments.refused.tooLarge.message", locale, size));
        }
    }

    /**
     * The language the site would answer in: this filter answers before Spring MVC resolves it. As there, {@code
     * ?lang=en} chooses English and any other choice Vietnamese; without one, the site's resolver decides (the reader's
     * cookie). Only the query string is read: asking for a parameter would read the body.
     */
    Locale locale(HttpServletRequest request) {
        String lang = UriComponentsBuilder.newInstance()
                .query(request.getQueryString())
                .build()
                .getQueryParams()
                .getFirst("lang");
        if (lang != null) {
            return "en".equals(lang) ? Locale.ENGLISH : VIETNAMESE;
        }
        return locales == null ? VIETNAMESE : locales.resolveLocale(request);
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    private static void page(HttpServletResponse response, Locale locale, String title, String message)
            throws IOException {
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentType(MediaType.TEXT_HTML_VALUE);
        response.getWriter()
                .write("<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><meta charset=\"utf-8\"><title>"
                        + HtmlUtils.htmlEscape(title, "UTF-8") + "</title><p>" + HtmlUtils.htmlEscape(message, "UTF-8")
                        + "</p></html>");
    }

    private static String json(String s) {
        var out = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
