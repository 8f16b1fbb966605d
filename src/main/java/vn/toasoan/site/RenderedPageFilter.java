package vn.toasoan.site;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;
import vn.toasoan.comments.CommentThreads;
import vn.toasoan.platform.VietnamTime;

/**
 * Serves the reader pages kept in {@link RenderedPages} before the security filters and the controllers are reached,
 * and keeps those the controllers mark as the same for everyone. A request with a newsroom session, credentials, or a
 * query string other than the page number ({@code trang=…}) is rendered as it always was.
 */
class RenderedPageFilter extends OncePerRequestFilter {

    private static final String PERSONAL = "private, no-store";

    /** Home, section, tag and article pages are looked for here ({@link ReaderPaths}), with a page number at most. */
    private static final Pattern PAGE_NUMBER = Pattern.compile("trang=\\d{1,5}");

    /** Headers this filter sets itself, or that belong to one response only. */
    private static final Set<String> NOT_KEPT = Set.of(
            "set-cookie",
            "date",
            "content-length",
            "content-type",
            "transfer-encoding",
            "content-encoding",
            "cache-control",
            "expires",
            "pragma",
            "etag",
            "last-modified",
            "vary",
            "connection",
            "keep-alive");

    private final RenderedPages pages;
    private final PageCacheProperties properties;
    private final LocaleResolver locales;
    private final SiteAddress address;
    private final Clock clock;
    private final CommentThreads threads;
    private final String sessionCookie;

    RenderedPageFilter(
            RenderedPages pages,
            PageCacheProperties properties,
            LocaleResolver locales,
            SiteAddress address,
            Clock clock,
            CommentThreads threads,
            String sessionCookie) {
        this.threads = threads;
        this.pages = pages;
        this.properties = properties;
        this.locales = locales;
        this.address = address;
        this.clock = clock;
        this.sessionCookie = sessionCookie;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!properties.enabled() || !sameForEveryone(request)) {
            if (isPage(request)) {
                // an editor's view of the site, a thread's later page, "your comment was sent": this reader's alone
                response.setHeader(HttpHeaders.CACHE_CONTROL, PERSONAL);
            }
            chain.doFilter(request, response);
            return;
        }
        var key = new RenderedPages.Key(
                request.getRequestURI(),
                request.getQueryString(),
                locales.resolveLocale(request).toLanguageTag(),
                LocalDate.now(clock.withZone(VietnamTime.ZONE)),
                address.base(request),
                ReaderPaths.isArticle(request.getRequestURI()) ? threads.formWindow() : 0);
        RenderedPages.Page page = pages.find(key);
        if (page != null) {
            serve(page, request, response);
            return;
        }
        if (!"GET".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        RenderedPages.Turn turn = pages.turn(key);
        if (!turn.mine()) {
            page = turn.await();
            if (page != null) {
                serve(page, request, response);
            } else {
                render(key, null, request, response, chain);
            }
            return;
        }
        try {
            // the request whose turn just ended may have kept it a moment ago
            page = pages.find(key);
            if (page != null) {
                pages.rendered(turn, page);
                serve(page, request, response);
            } else {
                render(key, turn, request, response, chain);
            }
        } finally {
            // a rendering that failed: those waiting render their own
            pages.rendered(turn, null);
        }
    }

    /** @param turn this request's turn to render the page, or null when it renders it after waiting in vain */
    private void render(
            RenderedPages.Key key,
            RenderedPages.Turn turn,
            HttpServletRequest request,
            HttpServletResponse response,
            FilterChain chain)
            throws ServletException, IOException {
        RenderedPages.Ticket ticket = pages.ticket();
        var rendering = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, rendering);
        @SuppressWarnings("unchecked")
        Set<String> dependsOn = (Set<String>) request.getAttribute(RenderedPages.DEPENDS_ON);
        String contentType = rendering.getContentType();
        RenderedPages.Page page = null;
        if (dependsOn != null
                && rendering.getStatus() == HttpServletResponse.SC_OK
                && !rendering.containsHeader(HttpHeaders.SET_COOKIE)
                && contentType != null
                && contentType.startsWith("text/html")) {
            page = RenderedPages.Page.of(
                    rendering.getContentAsByteArray(), contentType, kept(rendering), dependsOn, clock.millis());
        }
        boolean kept = page != null && pages.keep(key, ticket, page);
        if (turn != null) {
            // before this reader's copy goes out, however slowly: the others need not wait for that
            pages.rendered(turn, kept ? page : null);
        }
        if (page != null) {
            validators(page, request, rendering);
            if (notModified(page, request)) {
                rendering.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
                return;
            }
            // the bytes every later reader gets, rather than the rendering gzipped a second time by Tomcat, chunked
            send(page, request, response);
            return;
        } else if (!rendering.containsHeader(HttpHeaders.CACHE_CONTROL)) {
            // a page with a form of its own, an error page: never stored by anyone else
            rendering.setHeader(HttpHeaders.CACHE_CONTROL, PERSONAL);
        }
        rendering.copyBodyToResponse();
    }

    private static boolean isPage(HttpServletRequest request) {
        String method = request.getMethod();
        return ("GET".equals(method) || "HEAD".equals(method)) && ReaderPaths.isPage(request.getRequestURI());
    }

    /** Said of the request alone, before anything is rendered. */
    private boolean sameForEveryone(HttpServletRequest request) {
        String method = request.getMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            return false;
        }
        String query = request.getQueryString();
        if (query != null && !PAGE_NUMBER.matcher(query).matches()) {
            return false;
        }
        if (!ReaderPaths.isPage(request.getRequestURI()) || request.getHeader(HttpHeaders.AUTHORIZATION) != null) {
            return false;
        }
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (sessionCookie.equals(cookie.getName())) {
                    return false;
                }
            }
        }
        return true;
    }

    private void serve(RenderedPages.Page page, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        response.setStatus(HttpServletResponse.SC_OK);
        for (Map.Entry<String, String> header : page.headers()) {
            response.addHeader(header.getKey(), header.getValue());
        }
        validators(page, request, response);
        if (notModified(page, request)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        send(page, request, response);
    }

    /**
     * The kept page as every reader gets it: whole, with its length, so that a cache in front stores it and sends it
     * on in one piece rather than in chunks; gzipped by us for a client that takes gzip, which leaves Tomcat's own
     * compression nothing to do.
     */
    private static void send(RenderedPages.Page page, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        response.setContentType(page.contentType());
        byte[] body = page.html();
        if (AcceptEncoding.takesGzip(request.getHeader(HttpHeaders.ACCEPT_ENCODING))) {
            body = page.gzip();
            response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
        }
        response.setContentLength(body.length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(body);
        }
    }

    private void validators(RenderedPages.Page page, HttpServletRequest request, HttpServletResponse response) {
        response.setHeader(HttpHeaders.ETAG, page.etag());
        response.setDateHeader(HttpHeaders.LAST_MODIFIED, page.lastModified());
        response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        // a reader who chose another language by cookie gets a page that shared caches must not give others
        response.setHeader(
                HttpHeaders.CACHE_CONTROL,
                hasCookie(request, "lang") ? "private, no-cache" : properties.cacheControl());
    }

    private static boolean notModified(RenderedPages.Page page, HttpServletRequest request) {
        String match = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        if (match != null) {
            String tag = page.etag().substring(2);
            for (String candidate : match.split(",")) {
                String c = candidate.strip();
                if (c.equals("*") || c.equals(page.etag()) || c.equals(tag)) {
                    return true;
                }
            }
            return false;
        }
        try {
            long since = request.getDateHeader(HttpHeaders.IF_MODIFIED_SINCE);
            return since >= 0 && page.lastModified() <= since;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean hasCookie(HttpServletRequest request, String name) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (name.equals(cookie.getName())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<Map.Entry<String, String>> kept(HttpServletResponse response) {
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        for (String name : Set.copyOf(response.getHeaderNames())) {
            if (!NOT_KEPT.contains(name.toLowerCase(Locale.ROOT))) {
                for (String value : response.getHeaders(name)) {
                    headers.add(Map.entry(name, value));
                }
            }
        }
        return List.copyOf(headers);
    }
}
