package vn.toasoan.accounts;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.http.ResponseCookie;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * What a login attempt tells besides the credentials: the address (as the reverse proxy says) and the device cookies
 * it carries; after a successful login from an unknown client, the device cookie to give it.
 */
class LoginDetails extends WebAuthenticationDetails {

    private final transient Map<String, String> devices;
    private final boolean secure;
    private transient ResponseCookie newDevice;

    LoginDetails(HttpServletRequest request) {
        super(request);
        this.devices = DeviceCookies.of(request);
        this.secure = request.isSecure();
    }

    boolean secure() {
        return secure;
    }

    Map<String, String> devices() {
        return devices;
    }

    ResponseCookie newDevice() {
        return newDevice;
    }

    void newDevice(ResponseCookie cookie) {
        this.newDevice = cookie;
    }
}
