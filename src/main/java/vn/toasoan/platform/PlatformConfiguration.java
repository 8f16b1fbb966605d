package vn.toasoan.platform;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PlatformConfiguration {

    /** Injected everywhere time matters, so that schedules and "Cập nhật" times can be tested. */
    @Bean
    Clock clock() {
        return Clock.system(VietnamTime.ZONE);
    }
}
