package vn.toasoan.accounts;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The administrator created on the first start with an empty database.
 *
 * @param email {@code TOASOAN_ADMIN_EMAIL}; blank means {@code admin@toasoan.local}
 * @param password {@code TOASOAN_ADMIN_PASSWORD}; blank means a random password printed once to the log, to be
 *     changed at the first login
 */
@ConfigurationProperties("toasoan.admin")
record FirstAdminProperties(String email, String password) {

    static final String DEFAULT_EMAIL = "admin@toasoan.local";

    String emailOrDefault() {
        return email == null || email.isBlank() ? DEFAULT_EMAIL : email;
    }
}
