package vn.toasoan.site;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import vn.toasoan.comments.CommentThreads;

@Configuration(proxyBeanMethods = false)
class SiteWebConfiguration implements WebMvcConfigurer {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    /**
     * Vietnamese whatever the browser says, unless the reader picks English with {@code ?lang=en}; the choice is
     * remembered in a cookie.
     */
    @Bean
    LocaleResolver localeResolver() {
        var resolver = new CookieLocaleResolver("lang") {
            @Override
            public Locale resolveLocale(HttpServletRequest request) {
                Locale chosen = super.resolveLocale(request);
                return "en".equals(chosen.getLanguage()) ? Locale.ENGLISH : VIETNAMESE;
            }
        };
        resolver.setDefaultLocale(VIETNAMESE);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        return resolver;
    }

    @Bean
    FilterRegistrationBean<TrailingSlashRedirect> trailingSlashRedirect() {
        var registration = new FilterRegistrationBean<>(new TrailingSlashRedirect());
        registration.addUrlPatterns("/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 40);
        return registration;
    }

    /**
     * After the request guards and the trailing-slash redirect, before the session and security filters, which a page
     * kept for everyone does not need: its security headers are kept with it, and a page that started a session says so
     * with a cookie and is not kept.
     */
    @Bean
    FilterRegistrationBean<RenderedPageFilter> renderedPageFilter(
            RenderedPages pages,
            PageCacheProperties properties,
            LocaleResolver locales,
            SiteAddress address,
            Clock clock,
            CommentThreads threads,
            @Value("${server.servlet.session.cookie.name:JSESSIONID}") String sessionCookie) {
        var registration = new FilterRegistrationBean<>(
                new RenderedPageFilter(pages, properties, locales, address, clock, threads, sessionCookie));
        registration.addUrlPatterns("/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 45);
        return registration;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        var change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change);
    }
}
