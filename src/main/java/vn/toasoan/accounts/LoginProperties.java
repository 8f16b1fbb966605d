package vn.toasoan.accounts;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Login throttling, for the login form and the API's HTTP Basic alike.
 *
 * @param maxFailures failures within {@code window}, for one account or one address, after which further attempts are
 *     refused until the oldest of them leaves the window
 * @param window how far back failures count
 */
@ConfigurationProperties("toasoan.login")
record LoginProperties(
        @DefaultValue("10") int maxFailures,
        @DefaultValue("10m") Duration window) {}
