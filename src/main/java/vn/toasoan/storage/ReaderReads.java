package vn.toasoan.storage;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Marks the requests whose reads may come from the replica: a reader's page, fetched (GET or HEAD) by someone without
 * a newsroom session. The newsroom, the API, the health check and anything sent (a comment) read from the primary, and
 * so does an editor looking at the reader site, who must see what they just published.
 */
final class ReaderReads extends OncePerRequestFilter {

    private static final ThreadLocal<Boolean> ACTIVE = new ThreadLocal<>();

    private final String sessionCookie;

    ReaderReads(String sessionCookie) {
        this.sessionCookie = sessionCookie;
    }

    static boolean active() {
        return Boolean.TRUE.equals(ACTIVE.get());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!forReaders(request)) {
            chain.doFilter(request, response);
            return;
        }
        ACTIVE.set(Boolean.TRUE);
        try {
            chain.doFilter(request, response);
        } finally {
            ACTIVE.remove();
        }
    }

    boolean forReaders(HttpServletRequest request) {
        String method = request.getMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            return false;
        }
        String path = request.getRequestURI();
        if (path.startsWith("/toa-soan") || path.startsWith("/api/") || path.startsWith("/actuator")) {
            return false;
        }
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (cookie.getName().equals(sessionCookie)) {
                    return false;
                }
            }
        }
        return true;
    }
}
