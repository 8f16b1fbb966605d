package vn.toasoan.attachments;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads a reader's form's multipart body itself, before the servlet container would spool it to a temp file, so that
 * the attachment's limit holds while it streams and nothing of a refused file stays on disk. The form's controller
 * finds what came in through {@link ParsedUpload#of}.
 */
public final class UploadFilter extends OncePerRequestFilter {

    private final String pathPrefix;
    private final Path incoming;
    private final long maxFileBytes;
    private final long drainLimit;

    /**
     * @param pathPrefix the form posts under this path, e.g. {@code /binh-luan/}; other requests pass untouched
     * @param maxFileBytes the attachment's limit, held while it streams
     * @param drainLimit an oversized body is read and thrown away up to this size; beyond it the connection is closed
     */
    public UploadFilter(String pathPrefix, AttachmentStore store, long maxFileBytes, long drainLimit) {
        this.pathPrefix = pathPrefix;
        this.incoming = store.incoming();
        this.maxFileBytes = maxFileBytes;
        this.drainLimit = drainLimit;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return !"POST".equals(request.getMethod())
                || type == null
                || !type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")
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
            refuseMalformed(response);
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
            refuseMalformed(response);
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
    private static void refuseMalformed(HttpServletResponse response) throws IOException {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentType(MediaType.TEXT_HTML_VALUE);
        response.getWriter()
                .write("<!DOCTYPE html><html lang=\"vi\"><meta charset=\"utf-8\"><title>Không đọc được ý kiến</title>"
                        + "<p>Không đọc được ý kiến gửi lên. Vui lòng tải lại trang rồi gửi lại."
                        + " (The comment could not be read; please reload the page and send it again.)</p></html>");
    }

    /** Far over any limit: answered at once, in Vietnamese, and the connection closed rather than read. */
    private static void refuseWhole(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
        response.setHeader(HttpHeaders.CONNECTION, "close");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        if (accept != null && accept.contains("json")) {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.getWriter()
                    .write("{\"type\":\"about:blank\",\"title\":\"Content Too Large\",\"status\":413,"
                            + "\"detail\":\"File đính kèm không được quá 10 MB.\"}");
        } else {
            response.setContentType(MediaType.TEXT_HTML_VALUE);
            response.getWriter()
                    .write("<!DOCTYPE html><html lang=\"vi\"><meta charset=\"utf-8\"><title>File quá lớn</title>"
                            + "<p>File đính kèm không được quá 10 MB. Vui lòng quay lại trang trước và chọn file"
                            + " nhỏ hơn.</p></html>");
        }
    }
}
