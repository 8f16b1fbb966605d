package vn.toasoan.contact;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/** Only when serving the web: the commands run the same application without a web server. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class ContactWebConfiguration {

    /**
     * The contact page and its form: open to everyone with no session, so that the page is the same for every reader.
     * The form acts with no privilege; its trap and fill-time token protect it, as the comment form's do, not a CSRF
     * token.
     */
    @Bean
    @Order(0)
    SecurityFilterChain readerContact(HttpSecurity http) throws Exception {
        return http.securityMatcher(ContactPage.PATH)
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .build();
    }
}
