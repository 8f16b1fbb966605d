package vn.toasoan.accounts;

import jakarta.servlet.DispatcherType;
import java.util.Arrays;
import java.util.Set;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.header.writers.CacheControlHeadersWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import vn.toasoan.platform.ApiProblems;
import vn.toasoan.platform.ContentSecurity;

/**
 * The reader site is public; the newsroom under {@code /toa-soan/} needs an account and a session (form login, CSRF on
 * every form); the API under {@code /api/} is stateless, with personal API tokens ({@code Bearer}) or HTTP Basic. Both
 * password logins share the throttling of failed attempts (device cookies, see {@link LoginThrottle}).
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

    /** Signed in, and, with a token, one made with any of these scopes. */
    private static AuthorizationManager<RequestAuthorizationContext> scope(ApiScope... scopes) {
        return (authentication, context) -> {
            Authentication who = authentication.get();
            boolean granted = who != null
                    && who.isAuthenticated()
                    && !(who instanceof AnonymousAuthenticationToken)
                    && (!(who instanceof TokenAuthentication)
                            || who.getAuthorities().stream()
                                    .anyMatch(a -> Arrays.stream(scopes)
                                            .anyMatch(s -> s.authority().equals(a.getAuthority()))));
            return new AuthorizationDecision(granted);
        };
    }

    /**
     * No observation around each security filter, authentication and authorization: nothing keeps them (only health is
     * exposed), and wrapping every filter of every request cost about a tenth of an API request.
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.fromHierarchy("ROLE_ADMIN > ROLE_EDITOR\nROLE_EDITOR > ROLE_REPORTER");
    }

    @Bean
    AuthenticationManager authenticationManager(
            AccountUserDetailsService users,
            PasswordEncoder encoder,
            LoginThrottle throttle,
            DeviceCookies devices,
            ApplicationEventPublisher events) {
        var passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(encoder);
        // the password first: whether an account is disabled is told only to whoever knows its password
        passwords.setPreAuthenticationChecks(user -> {});
        passwords.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
        return new ProviderManager(new ThrottlingAuthenticationProvider(passwords, throttle, devices, events));
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(
            HttpSecurity http,
            AuthenticationManager authentication,
            AccountRepository accounts,
            ApiTokens tokens,
            ApiProblems problems)
            throws Exception {
        var entryPoint = ApiRefusals.entryPoint(problems);
        return http.securityMatcher("/api/**")
                .authorizeHttpRequests(auth -> auth.requestMatchers(
                                PUBLIC_API_WRITE, "/api/v1/search", "/api/v1/openapi/**", "/api/v1/docs")
                        .permitAll()
                        // a password opens every scope; a token those it was made with, within its account's role
                        .requestMatchers(HttpMethod.GET, "/api/v1/comments", "/api/v1/comments/**")
                        .access(scope(ApiScope.READ, ApiScope.MODERATE_COMMENTS))
                        .requestMatchers("/api/v1/comments", "/api/v1/comments/**")
                        .access(scope(ApiScope.MODERATE_COMMENTS))
                        .requestMatchers(HttpMethod.GET, "/api/**")
                        .access(scope(ApiScope.READ))
                        .anyRequest()
                        .access(scope(ApiScope.WRITE_ARTICLES)))
                .authenticationManager(authentication)
                .httpBasic(basic ->
                        basic.authenticationEntryPoint(entryPoint).authenticationDetailsSource(LoginDetails::new))
                .exceptionHandling(e ->
                        e.authenticationEntryPoint(entryPoint).accessDeniedHandler(ApiRefusals.accessDenied(problems)))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // no CSRF token: cross-site writes are refused by where they come from and what they carry instead
                .csrf(csrf -> csrf.disable())
                .addFilterBefore(new ApiWriteGuard(Set.of(PUBLIC_API_WRITE), problems), BasicAuthenticationFilter.class)
                .addFilterBefore(new BearerTokenFilter(tokens, entryPoint), BasicAuthenticationFilter.class)
                .addFilterAfter(new TemporaryPasswordFilter(accounts, problems), BasicAuthenticationFilter.class)
                .addFilterAfter(new NewDeviceFilter(), BasicAuthenticationFilter.class)
                .requestCache(cache -> cache.disable())
                .build();
    }

    /**
     * Readers' GET and HEAD requests outside the newsroom: no session read or made, no login, no CSRF token, no
     * authorization to decide; only the headers every reader page carries.
     */
    @Bean
    @Order(2)
    SecurityFilterChain readerPages(HttpSecurity http) throws Exception {
        RequestMatcher newsroom = PathPatternRequestMatcher.withDefaults().matcher("/toa-soan/**");
        RequestMatcher actuator = PathPatternRequestMatcher.withDefaults().matcher("/actuator/**");
        RequestMatcher reads = request -> ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))
                && !"/toa-soan".equals(request.getRequestURI())
                && !newsroom.matches(request)
                && !actuator.matches(request);
        return http.securityMatcher(reads)
                .securityContext(
                        context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .anonymous(anonymous -> anonymous.disable())
                .headers(headers -> headers.referrerPolicy(
                                referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .frameOptions(frame -> frame.sameOrigin())
                        .cacheControl(cache -> cache.disable())
                        .addHeaderWriter(new StaticHeadersWriter("Content-Security-Policy", ContentSecurity.READER)))
                .build();
    }

    @Bean
    @Order(3)
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
                        .authenticationDetailsSource(LoginDetails::new)
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
                                new StaticHeadersWriter("Content-Security-Policy", NEWSROOM_CSP)))
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                                new NegatedRequestMatcher(
                                        PathPatternRequestMatcher.withDefaults().matcher("/toa-soan/**")),
                                new StaticHeadersWriter("Content-Security-Policy", ContentSecurity.READER))))
                .build();
    }
}
