package vn.toasoan.notifications;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Notification e-mail. It is sent only when an SMTP server is configured with Spring Boot's {@code spring.mail.*}
 * ({@code SPRING_MAIL_HOST}, {@code SPRING_MAIL_PORT}, {@code SPRING_MAIL_USERNAME}, {@code SPRING_MAIL_PASSWORD}).
 *
 * @param mailFrom the sender's address ({@code TOASOAN_NOTIFICATIONS_MAILFROM}); blank: the SMTP user name when it is an address,
 *     else {@code toasoan@localhost}
 */
@ConfigurationProperties("toasoan.notifications")
record NotificationProperties(@DefaultValue("") String mailFrom) {}
