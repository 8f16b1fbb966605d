package vn.toasoan.accounts;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Password hashing, also for the command line, which runs without the web server and its security filters. */
@Configuration(proxyBeanMethods = false)
class PasswordConfiguration {

    /** bcrypt today, in Spring Security's {@code {id}} format, so a later algorithm can take over hash by hash. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
