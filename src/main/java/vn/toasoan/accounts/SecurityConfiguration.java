package vn.toasoan.accounts;

import jakarta.servlet.DispatcherType;
import java.util.Set;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.header.writers.CacheControlHeadersWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import vn.toasoan.platform.ApiProblems;

/**
 * The reader site is public; the newsroom under {@code /toa-soan/} needs an account and a session (form login, CSRF on
 * every form); the API under {@code /api/} is stateless with HTTP Basic. Both logins share the throttling of failed
 * attempts.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableMethodSecurity
class SecurityConfiguration {

    static final String LOGIN = "/toa-soan/dang-nhap";
    static final String ACCESS_DENIED = "/toa-soan/loi-truy-cap";
    /** The one API write open to everyone: the comment form's diacritics check. */
    private static final String PUBLIC_API_WRITE = "/api/v1/vietnamese/check";

    /** The newsroom's own pages run no inline script, so a script slipped into an article body cannot run there. */
    private static final String NEWSROOM_CSP =
            "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
                    + " img-src 'self' data: blob:; object-src 'none'; base-uri 'self'; frame-ancestors 'none';"
                    + " form-action 'self'";

    @Bean
    RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.fromHierarchy("ROLE_ADMIN > ROLE_EDITOR\nROLE_EDITOR > ROLE_REPORTER");
    }

    @Bean
    AuthenticationManager authenticationManager(
            AccountUserDetailsService users,
            PasswordEncoder encoder,
            LoginThrottle throttle,
            ApplicationEventPublisher events) {
        var passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(encoder);
        // the password first: whether an account is disabled is told only to whoever knows its password
        passwords.setPreAuthenticationChecks(user -> {});
        passwords.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
        return new ProviderManager(new ThrottlingAuthenticationProvider(passwords, throttle, events));
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(
            HttpSecurity http, AuthenticationManager authentication, AccountRepository accounts, ApiProblems problems)
            throws Exception {
        return http.securityMatcher("/api/**")
                .authorizeHttpRequests(auth -> auth.requestMatchers(
                                PUBLIC_API_WRITE, "/api/v1/search", "/api/v1/openapi/**", "/api/v1/docs")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .authenticationManager(authentication)
                .httpBasic(basic -> basic.authenticationEntryPoint(ApiRefusals.entryPoint(problems)))
                .exceptionHandling(e -> e.authenticationEntryPoint(ApiRefusals.entryPoint(problems))
                        .accessDeniedHandler(ApiRefusals.accessDenied(problems)))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // no CSRF token: cross-site writes are refused by where they come from and what they carry instead
                .csrf(csrf -> csrf.disable())
                .addFilterBefore(new ApiWriteGuard(Set.of(PUBLIC_API_WRITE), problems), BasicAuthenticationFilter.class)
                .addFilterAfter(new TemporaryPasswordFilter(accounts, problems), BasicAuthenticationFilter.class)
                .requestCache(cache -> cache.disable())
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain site(
            HttpSecurity http,
            AuthenticationManager authentication,
            Accounts accounts,
            AccountRepository repository,
            ApplicationEventPublisher events)
            throws Exception {
        var contexts = new HttpSessionSecurityContextRepository();
        var denied = new AccessDeniedHandlerImpl();
        denied.setErrorPage(ACCESS_DENIED);
        return http.authorizeHttpRequests(
                        auth -> auth.dispatcherTypeMatchers(DispatcherType.FORWARD, DispatcherType.ERROR)
                                .permitAll()
                                .requestMatchers(LOGIN, ACCESS_DENIED)
                                .permitAll()
                                .requestMatchers("/toa-soan", "/toa-soan/**")
                                .authenticated()
                                .requestMatchers("/actuator/health")
                                .permitAll()
                                .requestMatchers("/actuator/**")
                                .denyAll()
                                .anyRequest()
                                .permitAll())
                .authenticationManager(authentication)
                .securityContext(context -> context.securityContextRepository(contexts))
                .formLogin(form -> form.loginPage(LOGIN)
                        .loginProcessingUrl(LOGIN)
                        .usernameParameter("email")
                        .passwordParameter("password")
                        .successHandler(LoginHandlers.success(accounts, events))
                        .failureHandler(LoginHandlers.failure()))
                .logout(logout -> logout.logoutUrl("/toa-soan/dang-xuat")
                        .logoutSuccessUrl(LOGIN + "?da-dang-xuat")
                        .deleteCookies("JSESSIONID"))
                .exceptionHandling(e -> e.accessDeniedHandler(denied))
                .addFilterAfter(new AccountSessionFilter(repository, contexts), AnonymousAuthenticationFilter.class)
                .headers(headers -> headers.referrerPolicy(
                                referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        // the newsroom shows an article's preview in a frame of its own; other sites still cannot
                        .frameOptions(frame -> frame.sameOrigin())
                        // the newsroom's pages are never stored; the reader site's CSS, photos and pages may be
                        .cacheControl(cache -> cache.disable())
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                                PathPatternRequestMatcher.withDefaults().matcher("/toa-soan/**"),
                                new CacheControlHeadersWriter()))
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                                PathPatternRequestMatcher.withDefaults().matcher("/toa-soan/**"),
                                new StaticHeadersWriter("Content-Security-Policy", NEWSROOM_CSP))))
                .build();
    }
}
