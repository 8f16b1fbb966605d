package vn.toasoan.comments;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.servlet.LocaleResolver;
import vn.toasoan.attachments.AttachmentStore;
import vn.toasoan.attachments.UploadFilter;
import vn.toasoan.platform.BodyCap;
import vn.toasoan.platform.ContentSecurity;

/** Only when serving the web: the import command runs the same application without a web server. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class CommentsWebConfiguration {

    /**
     * The reader's form and approved attachments: open to everyone, with no session, so that article pages need
     * none. The form acts with no privilege; its trap and fill-time token protect it, not a CSRF token.
     */
    @Bean
    @Order(0)
    SecurityFilterChain readerComments(HttpSecurity http) throws Exception {
        return http.securityMatcher("/binh-luan/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                // a refused form is shown on its article page again, with the reader site's policy
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(ContentSecurity.READER)))
                .build();
    }

    /**
     * The form's own body is held by {@link UploadFilter}: the attachment's limit while it streams, and a body over the
     * drain limit refused at once in the reader's words. The general cap must not answer before it.
     */
    @Bean
    BodyCap commentFormBody() {
        return new BodyCap("/binh-luan/", Long.MAX_VALUE);
    }

    /** The comment form's attachment streams into the private store, its limit held while it comes. */
    @Bean
    FilterRegistrationBean<UploadFilter> commentUploadFilter(
            AttachmentStore store,
            CommentProperties properties,
            MessageSource messages,
            ObjectProvider<LocaleResolver> locales) {
        var registration = new FilterRegistrationBean<>(new UploadFilter(
                "/binh-luan/",
                store,
                properties.maxAttachmentSize().toBytes(),
                properties.drainLimit().toBytes(),
                messages,
                locales.getIfAvailable()));
        registration.addUrlPatterns("/binh-luan/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 50);
        return registration;
    }
}
