package vn.toasoan.site;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The site's public address for canonical links, feeds and sitemaps, which caches and search engines keep: from
 * {@code TOASOAN_BASE_URL}; without it, from the first request whose host is one of {@code TOASOAN_ALLOWED_HOSTS}; until
 * then, this machine's own address. Never from the Host header of just any request, which anyone can write.
 */
@Component
class SiteAddress {

    private static final Logger log = LoggerFactory.getLogger(SiteAddress.class);

    private final String configured;
    private final List<String> allowedHosts;
    private final Environment environment;
    private final AtomicReference<String> learned = new AtomicReference<>();

    SiteAddress(SiteProperties site, Environment environment) {
        this.configured = site.baseUrl().strip().replaceAll("/+$", "");
        this.allowedHosts = site.allowedHosts().stream()
                .map(h -> h.strip().toLowerCase(Locale.ROOT))
                .filter(h -> !h.isEmpty())
                .toList();
        this.environment = environment;
    }

    /** {@code https://baosonglam.vn}, without a trailing slash. */
    String base() {
        return base(currentRequest());
    }

    /** The same, for a filter that runs before the request is bound to its thread. */
    String base(HttpServletRequest request) {
        if (!configured.isEmpty()) {
            return configured;
        }
        String known = learned.get();
        if (known != null) {
            return known;
        }
        if (request != null && allowedHosts.contains(request.getServerName().toLowerCase(Locale.ROOT))) {
            if (learned.compareAndSet(null, origin(request))) {
                log.info(
                        "TOASOAN_BASE_URL is not set: canonical links and feeds use {}, the first address asked for"
                                + " that TOASOAN_ALLOWED_HOSTS names",
                        learned.get());
            }
            return learned.get();
        }
        return "http://localhost:" + environment.getProperty("local.server.port", "8080");
    }

    private static String origin(HttpServletRequest request) {
        String scheme = request.getScheme().toLowerCase(Locale.ROOT);
        int port = request.getServerPort();
        boolean defaultPort =
                port <= 0 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
        return scheme + "://" + request.getServerName().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
    }

    private static HttpServletRequest currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest()
                : null;
    }
}
