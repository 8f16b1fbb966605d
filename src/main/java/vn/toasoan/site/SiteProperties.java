package vn.toasoan.site;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the paper is found. Its name and description ({@code toasoan.site.name}, {@code toasoan.site.description}) are
 * the masthead's defaults until an administrator saves the masthead.
 *
 * @param baseUrl the public address, e.g. {@code https://baosonglam.vn}, for canonical links, feeds and sitemaps
 *     ({@code TOASOAN_BASE_URL})
 * @param allowedHosts without a base URL, the host names whose first request sets it ({@code TOASOAN_ALLOWED_HOSTS},
 *     comma-separated); any other Host header is never believed
 */
@ConfigurationProperties("toasoan.site")
record SiteProperties(
        @DefaultValue("") String baseUrl,
        @DefaultValue({"localhost", "127.0.0.1", "[::1]"}) List<String> allowedHosts) {}
