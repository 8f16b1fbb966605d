package vn.toasoan.accounts;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Login throttling after OWASP's device cookies, for the login form and the API's HTTP Basic alike.
 *
 * @param maxFailures failures within {@code window} after which an account refuses unknown clients (browsers and
 *     scripts without its device cookie), and after which one known device is treated as unknown
 * @param window how far back failures count
 * @param slowAfter after this many failures, an unknown client waits 1 s, then 2 s, 4 s… (at most 30 s) between
 *     tries for the account
 * @param maxFailuresPerAddress failures from unknown clients at one address, whatever the accounts, after which that
 *     address's unknown clients are refused; known devices behind it are not
 * @param deviceLifetime how long a device cookie is kept after its last login
 */
@ConfigurationProperties("toasoan.login")
record LoginProperties(
        @DefaultValue("10") int maxFailures,
        @DefaultValue("10m") Duration window,
        @DefaultValue("3") int slowAfter,
        @DefaultValue("30") int maxFailuresPerAddress,
        @DefaultValue("180d") Duration deviceLifetime) {}
