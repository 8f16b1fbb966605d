package vn.toasoan.accounts;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import vn.toasoan.platform.AuditEvent;

/**
 * Checks the password only while the account and the address are under the limit of failed logins; the login form and
 * HTTP Basic share it.
 */
class ThrottlingAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;
    private final ApplicationEventPublisher events;

    ThrottlingAuthenticationProvider(
            DaoAuthenticationProvider passwords, LoginThrottle throttle, ApplicationEventPublisher events) {
        this.passwords = passwords;
        this.throttle = throttle;
        this.events = events;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String email = Accounts.normalEmail(authentication.getName());
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress()
                : null;
        return throttle.oneAtATime(email, () -> check(authentication, email, address));
    }

    private Authentication check(Authentication authentication, String email, String address) {
        var wait = throttle.wait(email, address);
        if (wait.isPresent()) {
            events.publishEvent(new AuditEvent(email, "login.throttled", "account", email, "từ " + address));
            throw new LoginThrottledException(wait.get());
        }
        try {
            Authentication result = passwords.authenticate(authentication);
            throttle.succeeded(email);
            return result;
        } catch (BadCredentialsException e) {
            throttle.failed(email, address);
            events.publishEvent(new AuditEvent(email, "login.failed", "account", email, "từ " + address));
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
