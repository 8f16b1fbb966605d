package vn.toasoan.site;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code /giao-duc/} is the reader's {@code /giao-duc}: a reader page asked for with a trailing slash moves
 * permanently to its address without it, so that a link typed or pasted that way works and search engines keep one
 * address. The newsroom, the API and files keep their own rules.
 */
final class TrailingSlashRedirect extends OncePerRequestFilter {

    private static final List<String> NOT_READER_PAGES =
            List.of("/toa-soan", "/api/", "/actuator", "/media/", "/binh-luan/", "/css/", "/js/", "/comments/");

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String method = request.getMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            return true;
        }
        String path = path(request);
        return path.length() < 2
                || !path.endsWith("/")
                || NOT_READER_PAGES.stream().anyMatch(path::startsWith);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // one leading slash, whatever came: "//example.com/" must not become an address on another site
        String target = request.getContextPath() + "/"
                + path(request).replaceAll("^/+", "").replaceAll("/+$", "");
        String query = request.getQueryString();
        response.setStatus(HttpStatus.MOVED_PERMANENTLY.value());
        response.setHeader(HttpHeaders.LOCATION, query == null ? target : target + "?" + query);
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
