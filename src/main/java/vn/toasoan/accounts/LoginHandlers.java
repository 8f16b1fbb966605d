package vn.toasoan.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import vn.toasoan.platform.AuditEvent;

/** What the login form answers: back to the page asked for, or to the form with the reason in plain words. */
final class LoginHandlers {

    /** The session attribute holding the e-mail address last typed, so a refused form keeps it. */
    public static final String LAST_EMAIL = "toasoan.login.email";

    private LoginHandlers() {}

    static SavedRequestAwareAuthenticationSuccessHandler success(Accounts accounts, ApplicationEventPublisher events) {
        var handler = new SavedRequestAwareAuthenticationSuccessHandler() {
            @Override
            public void onAuthenticationSuccess(
                    HttpServletRequest request, HttpServletResponse response, Authentication authentication)
                    throws jakarta.servlet.ServletException, IOException {
                accounts.loggedIn(authentication.getName());
                if (authentication.getDetails() instanceof LoginDetails details && details.newDevice() != null) {
                    DeviceCookies.add(response, details.newDevice());
                }
                AccountSessionFilter.open(request, accounts.current(authentication));
                request.getSession().removeAttribute(LAST_EMAIL);
                events.publishEvent(new AuditEvent(
                        authentication.getName(),
                        "login",
                        "account",
                        authentication.getName(),
                        "từ " + request.getRemoteAddr()));
                super.onAuthenticationSuccess(request, response, authentication);
            }
        };
        handler.setDefaultTargetUrl("/toa-soan");
        return handler;
    }

    static AuthenticationFailureHandler failure() {
        return (HttpServletRequest request, HttpServletResponse response, AuthenticationException exception) -> {
            String email = request.getParameter("email");
            if (email != null) {
                request.getSession().setAttribute(LAST_EMAIL, email.strip());
            }
            String target = "/toa-soan/dang-nhap?loi=";
            if (exception instanceof LoginThrottledException throttled) {
                target += "cho&phut=" + throttled.minutes();
            } else if (exception instanceof DisabledException) {
                target += "khoa";
            } else {
                target += "sai";
            }
            response.sendRedirect(request.getContextPath() + target);
        };
    }
}
