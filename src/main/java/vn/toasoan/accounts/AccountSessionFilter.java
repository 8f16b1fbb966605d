package vn.toasoan.accounts;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
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
 * Keeps newsroom sessions true to the account as it is now: a disabled account is logged out at its next request, a
 * changed role applies at once, and a temporary password must be replaced before anything else.
 */
class AccountSessionFilter extends OncePerRequestFilter {

    static final String CHANGE_PASSWORD = "/toa-soan/mat-khau";

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
            new SecurityContextLogoutHandler().logout(request, response, authentication);
            response.sendRedirect(request.getContextPath() + "/toa-soan/dang-nhap?loi=khoa");
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
}
