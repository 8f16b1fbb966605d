package vn.toasoan.storage;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** With a replica, tells reader requests apart from the rest before anything reads the database. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@ConditionalOnExpression("!'${toasoan.db.url:}'.isBlank() && !'${toasoan.db.replica-url:}'.isBlank()")
class ReplicaWebConfiguration {

    @Bean
    FilterRegistrationBean<ReaderReads> readerReads(
            @Value("${server.servlet.session.cookie.name:JSESSIONID}") String sessionCookie) {
        var registration = new FilterRegistrationBean<>(new ReaderReads(sessionCookie));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
