package vn.toasoan.masthead;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The paper's name and description until an administrator saves the masthead in the newsroom.
 *
 * @param name the paper's name in the masthead, titles and feeds ({@code TOASOAN_SITE_NAME})
 * @param description one line under the masthead and in feeds
 */
@ConfigurationProperties("toasoan.site")
record MastheadDefaults(
        @DefaultValue("Tòa Soạn") String name,

        @DefaultValue("Tin tức địa phương, cập nhật mỗi ngày")
        String description) {}
