package vn.toasoan.accounts;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A temporary password, printed once or handed over by an administrator, opens the API only after its owner has
 * replaced it in the newsroom, as it opens nothing else there either.
 */
final class TemporaryPasswordFilter extends OncePerRequestFilter {

    private final AccountRepository accounts;

    TemporaryPasswordFilter(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        boolean temporary = authentication != null
                && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken)
                && accounts.byEmail(authentication.getName())
                        .map(account -> account.passwordState() == PasswordState.TEMPORARY)
                        .orElse(false);
        if (temporary) {
            ApiProblems.write(
                    response,
                    HttpStatus.FORBIDDEN,
                    "Đây là mật khẩu tạm: hãy đăng nhập tòa soạn và đổi mật khẩu trước khi dùng API."
                            + " (Change the temporary password in the newsroom first.)",
                    request.getRequestURI());
            return;
        }
        chain.doFilter(request, response);
    }
}
