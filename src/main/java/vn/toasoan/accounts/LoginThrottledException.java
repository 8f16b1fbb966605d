package vn.toasoan.accounts;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** Too many failed logins for this account or from this address: refused without looking at the password. */
class LoginThrottledException extends AuthenticationException {

    private final Duration retryAfter;

    LoginThrottledException(Duration retryAfter) {
        super("Too many failed logins");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    /** Whole minutes, rounded up, as the message tells them. */
    public long minutes() {
        return Math.max(1, (retryAfter.toSeconds() + 59) / 60);
    }
}
