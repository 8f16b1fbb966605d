package vn.toasoan.accounts;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps newsroom sessions true to the account as it is now: a disabled account is logged out at its next request, and
 * so is every session opened before the password was changed or reset; a changed role applies at once, and a temporary
 * password must be replaced before anything else.
 */
class AccountSessionFilter extends OncePerRequestFilter {

    static final String CHANGE_PASSWORD = "/toa-soan/mat-khau";
    /** The session attribute holding the account's credentials version when the session was opened. */
    static final String CREDENTIALS = "toasoan.credentials";

    private final AccountRepository accounts;
    private final SecurityContextRepository contexts;

    AccountSessionFilter(AccountRepository accounts, SecurityContextRepository contexts) {
        this.accounts = accounts;
        this.contexts = contexts;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getServletPath();
        return !path.startsWith("/toa-soan") || path.equals("/toa-soan/dang-nhap");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null
                || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            chain.doFilter(request, response);
            return;
        }
        Optional<Account> account = accounts.byEmail(authentication.getName());
        if (account.isEmpty() || !account.get().isActive()) {
            logOut(request, response, authentication, "khoa");
            return;
        }
        HttpSession session = request.getSession(false);
        Object openedWith = session == null ? null : session.getAttribute(CREDENTIALS);
        if (!Integer.valueOf(account.get().credentialsVersion()).equals(openedWith)) {
            logOut(request, response, authentication, "mat-khau");
            return;
        }
        List<GrantedAuthority> authorities =
                List.of(new SimpleGrantedAuthority(account.get().role().authority()));
        if (!authorities.equals(List.copyOf(authentication.getAuthorities()))) {
            var updated =
                    UsernamePasswordAuthenticationToken.authenticated(authentication.getPrincipal(), null, authorities);
            updated.setDetails(authentication.getDetails());
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(updated);
            SecurityContextHolder.setContext(context);
            contexts.saveContext(context, request, response);
        }
        if (account.get().passwordState() == PasswordState.TEMPORARY
                && !request.getServletPath().equals(CHANGE_PASSWORD)
                && !request.getServletPath().equals("/toa-soan/dang-xuat")) {
            response.sendRedirect(request.getContextPath() + CHANGE_PASSWORD);
            return;
        }
        chain.doFilter(request, response);
    }

    /** Remembers, in a fresh session id, which password the session now stands for. */
    static void open(HttpServletRequest request, Account account) {
        request.changeSessionId();
        request.getSession().setAttribute(CREDENTIALS, account.credentialsVersion());
    }

    private static void logOut(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication, String reason)
            throws IOException {
        new SecurityContextLogoutHandler().logout(request, response, authentication);
        response.sendRedirect(request.getContextPath() + "/toa-soan/dang-nhap?loi=" + reason);
    }
}
