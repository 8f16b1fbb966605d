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
 * Checks the password only when {@link LoginThrottle} admits the attempt; the login form and HTTP Basic share it. A
 * client that logs in without a device cookie for the account is given one.
 */
class ThrottlingAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;
    private final DeviceCookies devices;
    private final ApplicationEventPublisher events;

    ThrottlingAuthenticationProvider(
            DaoAuthenticationProvider passwords,
            LoginThrottle throttle,
            DeviceCookies devices,
            ApplicationEventPublisher events) {
        this.passwords = passwords;
        this.throttle = throttle;
        this.devices = devices;
        this.events = events;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String email = Accounts.normalEmail(authentication.getName());
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress()
                : null;
        LoginDetails login = authentication.getDetails() instanceof LoginDetails d ? d : null;
        String device =
                login == null ? null : devices.device(email, login.devices()).orElse(null);
        LoginThrottle.Attempt attempt;
        try {
            attempt = throttle.admit(email, address, device);
        } catch (LoginThrottledException e) {
            events.publishEvent(new AuditEvent(email, "login.throttled", "account", email, "từ " + address));
            throw e;
        }
        try {
            Authentication result = passwords.authenticate(authentication);
            throttle.succeeded(attempt);
            if (login != null && attempt.device() == null) {
                login.newDevice(devices.issue(email, login.secure()));
            }
            return result;
        } catch (BadCredentialsException e) {
            throttle.failed(attempt);
            events.publishEvent(new AuditEvent(
                    email,
                    "login.failed",
                    "account",
                    email,
                    "từ " + address + (attempt.device() == null ? "" : " (thiết bị đã đăng nhập trước đây)")));
            throw e;
        } catch (RuntimeException e) {
            // a disabled account, or a fault: the password was right or never checked, and is no failure
            throttle.succeeded(attempt);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
