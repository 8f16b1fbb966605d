package vn.toasoan.articles;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.regex.Pattern;

/** Which requests are a reader reading: not crawlers, not HEAD requests, not the browser prefetching a link. */
final class ViewPolicy {

    private static final Pattern CRAWLER = Pattern.compile(
            "bot|crawl|spider|slurp|fetch|preview|facebookexternalhit|lighthouse|headless|curl|wget|python"
                    + "|java/|go-http|okhttp|httpclient|wrk|ab/|monitor|pingdom|uptime",
            Pattern.CASE_INSENSITIVE);

    private ViewPolicy() {}

    static boolean counts(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod())) {
            return false;
        }
        String purpose = firstNonNull(request.getHeader("Sec-Purpose"), request.getHeader("Purpose"));
        if (purpose != null && purpose.toLowerCase().contains("prefetch")) {
            return false;
        }
        if ("prefetch".equalsIgnoreCase(request.getHeader("X-Moz"))) {
            return false;
        }
        String agent = request.getHeader("User-Agent");
        return agent != null && !agent.isBlank() && !CRAWLER.matcher(agent).find();
    }

    /** Who is reading, without a cookie: the address and the browser, hashed. */
    static long readerHash(HttpServletRequest request) {
        String reader = request.getRemoteAddr() + '|' + request.getHeader("User-Agent");
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(reader.getBytes(StandardCharsets.UTF_8));
            long hash = 0;
            for (int i = 0; i < 8; i++) {
                hash = (hash << 8) | (digest[i] & 0xff);
            }
            return hash;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String firstNonNull(String a, String b) {
        return a != null ? a : b;
    }
}
