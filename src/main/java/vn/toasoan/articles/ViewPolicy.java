package vn.toasoan.articles;

import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Which requests are a reader reading: the page's beacon ({@code POST}) or its image for readers without JavaScript
 * ({@code GET}); not crawlers, not HEAD requests, not the browser prefetching a link.
 */
final class ViewPolicy {

    private static final Pattern CRAWLER = Pattern.compile(
            "bot|crawl|spider|slurp|fetch|preview|facebookexternalhit|lighthouse|headless|curl|wget|python"
                    + "|java/|go-http|okhttp|httpclient|wrk|ab/|monitor|pingdom|uptime",
            Pattern.CASE_INSENSITIVE);

    /** Only hex digits, colons and dots: the JDK then reads the text as a literal and never asks DNS. */
    private static final Pattern IPV6 = Pattern.compile("[0-9a-f:.]+(%.*)?");

    private ViewPolicy() {}

    static boolean counts(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) && !"POST".equals(request.getMethod())) {
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

    /**
     * The address a cap counts by: an IPv4 address as it is, an IPv6 one by its /64, which one home or phone holds
     * whole and takes fresh addresses from at will.
     */
    static String addressKey(String address) {
        if (address == null) {
            return "";
        }
        String a = address.strip().toLowerCase(Locale.ROOT);
        if (a.indexOf(':') < 0 || !IPV6.matcher(a).matches()) {
            return a;
        }
        try {
            byte[] bytes = InetAddress.getByName(a.replaceFirst("%.*$", "")).getAddress();
            if (bytes.length != 16) {
                return a;
            }
            var out = new StringBuilder();
            for (int i = 0; i < 8; i += 2) {
                out.append(Integer.toHexString((bytes[i] & 0xff) << 8 | (bytes[i + 1] & 0xff)))
                        .append(':');
            }
            return out.append(":/64").toString();
        } catch (UnknownHostException e) {
            return a;
        }
    }

    /** The browser, hashed: one reader of an address among the few the cap lets count. */
    static long agentHash(String userAgent) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(String.valueOf(userAgent).getBytes(StandardCharsets.UTF_8));
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
