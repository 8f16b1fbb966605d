package vn.toasoan.site;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the paper is found. Its name and description ({@code toasoan.site.name}, {@code toasoan.site.description}) are
 * the masthead's defaults until an administrator saves the masthead.
 *
 * @param baseUrl the public address, e.g. {@code https://baosonglam.vn}, for canonical links, feeds and sitemaps
 *     ({@code TOASOAN_BASE_URL}); blank means the address of each request
 */
@ConfigurationProperties("toasoan.site")
record SiteProperties(@DefaultValue("") String baseUrl) {}
