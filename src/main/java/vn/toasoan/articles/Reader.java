package vn.toasoan.articles;

import jakarta.servlet.http.HttpServletRequest;

/**
 * What the hit counter knows of whoever viewed an article: where from (as the reverse proxy says), with what browser,
 * and whether it is a person reading at all, not a crawler, a HEAD request or a prefetch. The article page hands it
 * over the page's view beacon.
 */
public record Reader(String address, String userAgent, boolean reading) {

    public static Reader of(HttpServletRequest request) {
        return new Reader(request.getRemoteAddr(), request.getHeader("User-Agent"), ViewPolicy.counts(request));
    }
}
