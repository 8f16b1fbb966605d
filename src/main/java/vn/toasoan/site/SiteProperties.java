package vn.toasoan.site;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the paper presents itself.
 *
 * @param name the paper's name in the masthead, titles and feeds ({@code TOASOAN_SITE_NAME})
 * @param description one line under the masthead and in feeds
 * @param baseUrl the public address, e.g. {@code https://baosonglam.vn}, for canonical links, feeds and sitemaps
 *     ({@code TOASOAN_BASE_URL})
 * @param allowedHosts without a base URL, the host names whose first request sets it ({@code TOASOAN_ALLOWED_HOSTS},
 *     comma-separated); any other Host header is never believed
 */
@ConfigurationProperties("toasoan.site")
record SiteProperties(
        @DefaultValue("Tòa Soạn") String name,

        @DefaultValue("Tin tức địa phương, cập nhật mỗi ngày")
        String description,

        @DefaultValue("") String baseUrl,
        @DefaultValue({"localhost", "127.0.0.1", "[::1]"}) List<String> allowedHosts) {}
