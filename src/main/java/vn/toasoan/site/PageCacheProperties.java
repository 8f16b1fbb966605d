package vn.toasoan.site;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The rendered reader pages kept in memory and the caching headers they carry.
 *
 * @param enabled keep rendered pages at all ({@code toasoan.page-cache.enabled})
 * @param maxAge how long a rendered page is served before it is rendered again even if nothing announced a change: the
 *     view count and "Đọc nhiều" are at most this old
 * @param maxSize the memory the kept pages (and their gzip copies) may take
 * @param browserMaxAge the {@code max-age} a browser, CDN or proxy may keep a public page
 * @param staleWhileRevalidate how long after that a cache may still answer with the old page while it fetches the new
 */
@ConfigurationProperties("toasoan.page-cache")
record PageCacheProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("60s") Duration maxAge,
        @DefaultValue("64MB") DataSize maxSize,
        @DefaultValue("30s") Duration browserMaxAge,
        @DefaultValue("60s") Duration staleWhileRevalidate) {

    String cacheControl() {
        return "public, max-age=" + browserMaxAge.toSeconds() + ", stale-while-revalidate="
                + staleWhileRevalidate.toSeconds();
    }
}
