package vn.toasoan.articles;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.toasoan.vietnamese.VietnameseText;

/**
 * The addresses imported articles had on the paper's old site answer 301 to their address here, so that links and
 * search engines keep finding them. Every old address is held in memory as an eight-byte hash; only a request whose
 * path has one of those hashes asks the database. Addresses imported by another process (the command, another node)
 * are learned within {@link #REFRESH}. It answers before the reader site's trailing-slash redirect, since WordPress
 * permalinks end with a slash and would otherwise move to an address that never existed.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 39)
class OldAddresses extends OncePerRequestFilter {

    static final Duration REFRESH = Duration.ofMinutes(1);

    /** A WordPress site with plain permalinks: {@code /?p=123}, {@code /?page_id=7}. */
    private static final Pattern PLAIN_PERMALINK = Pattern.compile("(?:^|&)(p|page_id)=(\\d+)(?:&|$)");

    private static final List<String> OWN_PREFIXES =
            List.of("/toa-soan", "/api/", "/media/", "/css/", "/js/", "/actuator", "/static/", "/webjars/");

    private final JdbcClient jdbc;
    private final ReentrantLock refreshing = new ReentrantLock();
    private volatile long[] hashes = new long[0];
    private volatile long lastId;

    OldAddresses(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A path decoded and in NFC, as old addresses are stored. */
    static String normalize(String path) {
        if (isPlainAscii(path)) {
            return path; // nothing to decode or compose: most requests, on every one of which this runs
        }
        String decoded;
        try {
            decoded = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            decoded = path;
        }
        return VietnameseText.nfc(decoded);
    }

    private static boolean isPlainAscii(String path) {
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c >= 0x80 || c == '%' || c == '+') {
                return false;
            }
        }
        return true;
    }

    /** FNV-1a over the UTF-8 bytes: stable across processes and versions, as the stored hashes need. */
    static long hash(String path) {
        long h = 0xcbf29ce484222325L;
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return h;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            return true;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return OWN_PREFIXES.stream().anyMatch(path::startsWith);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (hashes.length == 0) {
            chain.doFilter(request, response); // a paper that brought no archive in
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Optional<String> target = key(path, request.getQueryString()).flatMap(this::target);
        if (target.isPresent()) {
            response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
            response.setHeader("Location", request.getContextPath() + target.get());
            return;
        }
        chain.doFilter(request, response);
    }

    private static Optional<String> key(String path, String query) {
        if (path.equals("/") || path.isEmpty()) {
            if (query == null) {
                return Optional.empty();
            }
            Matcher plain = PLAIN_PERMALINK.matcher(query);
            return plain.find() ? Optional.of("/?" + plain.group(1) + "=" + plain.group(2)) : Optional.empty();
        }
        return Optional.of(normalize(path));
    }

    private Optional<String> target(String key) {
        if (Arrays.binarySearch(hashes, hash(key)) < 0) {
            return Optional.empty();
        }
        return formerlyAt(key);
    }

    /** The address an old one now answers with, if it belonged to an article that readers may see. */
    Optional<String> formerlyAt(String oldPath) {
        return jdbc.sql("""
                        SELECT a.slug, a.id FROM article_old_paths o JOIN articles a ON a.id = o.article_id
                        WHERE o.path = ? AND a.status = 'PUBLISHED'""")
                .param(oldPath)
                .query((rs, n) -> ArticleSummary.path(rs.getString(1), rs.getLong(2)))
                .optional();
    }

    /** Addresses just committed in this process, learned now rather than at the next refresh. */
    void learn(long[] added) {
        refreshing.lock();
        try {
            long[] current = hashes;
            long[] next = Arrays.copyOf(current, current.length + added.length);
            System.arraycopy(added, 0, next, current.length, added.length);
            Arrays.sort(next);
            hashes = next;
        } finally {
            refreshing.unlock();
        }
    }

    /**
     * Learns the addresses added since the last look, off the readers' requests: at start, every {@link #REFRESH},
     * and at once after an import in this process commits.
     */
    @EventListener(ApplicationReadyEvent.class)
    @Scheduled(initialDelayString = "PT1M", fixedDelayString = "PT1M")
    void refresh() {
        // waits for a refresh under way: it may have read before the commit that calls this one
        refreshing.lock();
        try {
            List<long[]> rows = jdbc.sql("SELECT id, path_hash FROM article_old_paths WHERE id > ? ORDER BY id")
                    .param(lastId)
                    .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
                    .list();
            if (!rows.isEmpty()) {
                long[] current = hashes;
                long[] next = Arrays.copyOf(current, current.length + rows.size());
                for (int i = 0; i < rows.size(); i++) {
                    next[current.length + i] = rows.get(i)[1];
                }
                Arrays.sort(next);
                hashes = next;
                lastId = rows.get(rows.size() - 1)[0];
            }
        } finally {
            refreshing.unlock();
        }
    }
}
