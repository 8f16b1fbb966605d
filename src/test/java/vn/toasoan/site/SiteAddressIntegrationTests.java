package vn.toasoan.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.toasoan.support.RawHttp;
import vn.toasoan.support.ToaSoanIntegrationTest;

/**
 * Canonical links, feeds and sitemaps, which caches and search engines keep, name the site's configured address:
 * a request with another Host header, sent straight or through the proxy, cannot put its own there.
 */
@ToaSoanIntegrationTest
class SiteAddressIntegrationTests {

    private static final String EVIL = "evil.example";

    @LocalServerPort
    int port;

    @Test
    void aSpoofedHostHeaderReachesNeitherCanonicalLinksNorFeedsNorSitemaps() {
        var http = new RawHttp(port);
        for (String path : new String[] {"/", "/rss.xml", "/sitemap.xml", "/sitemap-news.xml", "/robots.txt"}) {
            var spoofed = http.send("GET", path, Map.of("Host", EVIL), null);
            var forwarded =
                    http.send("GET", path, Map.of("X-Forwarded-Host", EVIL, "X-Forwarded-Proto", "https"), null);

            assertThat(spoofed.status()).as(path).isEqualTo(200);
            assertThat(spoofed.body()).as(path).doesNotContain(EVIL);
            assertThat(forwarded.body()).as(path).doesNotContain(EVIL);
        }
        var home = Jsoup.parse(http.send("GET", "/", Map.of("Host", EVIL), null).body());
        assertThat(home.selectFirst("link[rel=canonical]").attr("href")).isEqualTo("http://localhost:" + port + "/");
        assertThat(home.selectFirst("meta[property=og:url]").attr("content"))
                .isEqualTo("http://localhost:" + port + "/");
    }

    @Test
    void readerPagesCarryAStrictContentSecurityPolicy() {
        var http = new RawHttp(port);
        for (String path : new String[] {"/", "/tim-kiem?q=x", "/khong-co-trang-nay"}) {
            String policy = http.send("GET", path, Map.of(), null).headers().get("content-security-policy");
            assertThat(policy).as(path).contains("script-src 'self'", "object-src 'none'", "base-uri 'self'");
            assertThat(policy).as(path).doesNotContain("unsafe-inline", "unsafe-eval");
        }
    }
}
