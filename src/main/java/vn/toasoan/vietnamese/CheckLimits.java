package vn.toasoan.vietnamese;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.toasoan.platform.BodyCap;

@Configuration(proxyBeanMethods = false)
class CheckLimits {

    /**
     * The comment form's check is open to everyone: its body is read whole into memory, so it is held to what
     * {@link VietnameseCheckController#MAX_LENGTH} characters need, even escaped, and no more.
     */
    @Bean
    BodyCap vietnameseCheckBody() {
        return new BodyCap("/api/v1/vietnamese/check", 64 * 1024);
    }
}
