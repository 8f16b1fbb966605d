package vn.toasoan.newsroom;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The login form at {@code /toa-soan/dang-nhap} (Spring Security handles its POST), and the 403 page. */
@Controller
class LoginPage {

    /** Kept in the session by the login failure handler so that a refused form keeps the address typed. */
    private static final String LAST_EMAIL = "toasoan.login.email";

    private final Desk desk;

    LoginPage(Desk desk) {
        this.desk = desk;
    }

    @GetMapping("/toa-soan/dang-nhap")
    String login(
            @RequestParam(required = false) String loi,
            @RequestParam(required = false) Integer phut,
            HttpServletRequest request,
            Model model) {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        if (current != null && current.isAuthenticated() && !(current instanceof AnonymousAuthenticationToken)) {
            return "redirect:/toa-soan";
        }
        Text t = desk.text();
        String error = loi == null
                ? null
                : switch (loi) {
                    case "cho" -> t.format("login.throttled", phut == null ? 10 : phut);
                    case "khoa" -> t.lookup("login.disabled");
                    case "mat-khau" -> t.lookup("login.passwordChanged");
                    default -> t.lookup("login.bad");
                };
        String notice = null;
        if (request.getParameter("da-dang-xuat") != null) {
            notice = t.lookup("login.loggedOut");
        } else if (error == null && request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid()) {
            notice = t.lookup("login.expired");
        }
        HttpSession session = request.getSession(false);
        String email = session == null ? "" : (String) session.getAttribute(LAST_EMAIL);
        model.addAttribute(
                "page",
                new Views.LoginView(
                        desk.layout(request, t.lookup("login.title"), null, null),
                        email == null ? "" : email,
                        error,
                        notice));
        return "newsroom/login";
    }

    @RequestMapping("/toa-soan/loi-truy-cap")
    String denied(HttpServletRequest request, Model model, jakarta.servlet.http.HttpServletResponse response) {
        Text t = desk.text();
        Object exception = request.getAttribute(WebAttributes.ACCESS_DENIED_403);
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        boolean signedIn =
                current != null && current.isAuthenticated() && !(current instanceof AnonymousAuthenticationToken);
        String message = exception instanceof CsrfException
                ? t.lookup("denied.csrf")
                : exception instanceof Exception e
                                && e.getMessage() != null
                                && !e.getMessage().isBlank()
                                && !e.getMessage().startsWith("Access Denied")
                        // a feature's reason, as a message key or already in words
                        ? t.lookup(e.getMessage())
                        : t.lookup("denied.role");
        response.setStatus(403);
        model.addAttribute(
                "page",
                new Views.DeniedView(
                        desk.layout(request, t.lookup("denied.title"), null, signedIn ? desk.account() : null),
                        message,
                        signedIn));
        return "newsroom/denied";
    }
}
