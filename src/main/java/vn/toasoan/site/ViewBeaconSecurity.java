package vn.toasoan.site;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/** Only when serving the web: the import command runs the same application without a web server. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class ViewBeaconSecurity {

    /**
     * The beacon changes nothing but a count that its own rules already guard against inflation, and any page may send
     * it with no session: no CSRF token.
     */
    @Bean
    @Order(-1)
    SecurityFilterChain viewBeaconChain(HttpSecurity http) throws Exception {
        return http.securityMatcher(ViewBeacon.PATH + "**")
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .anonymous(anonymous -> anonymous.disable())
                .build();
    }
}
