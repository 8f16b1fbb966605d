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
import vn.toasoan.platform.ApiProblems;

/**
 * A temporary password, printed once or handed over by an administrator, opens the API only after its owner has
 * replaced it in the newsroom, as it opens nothing else there either.
 */
final class TemporaryPasswordFilter extends OncePerRequestFilter {

    private final AccountRepository accounts;
    private final ApiProblems problems;

    TemporaryPasswordFilter(AccountRepository accounts, ApiProblems problems) {
        this.accounts = accounts;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        boolean temporary = authentication != null
                && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken)
                // a token was made by its owner after choosing a password; a reset does not make it temporary
                && !(authentication instanceof TokenAuthentication)
                && accounts.byEmail(authentication.getName())
                        .map(account -> account.passwordState() == PasswordState.TEMPORARY)
                        .orElse(false);
        if (temporary) {
            problems.write(
                    new ApiProblems.Refusal(HttpStatus.FORBIDDEN, "accounts.problem.temporaryPassword"),
                    request,
                    response);
            return;
        }
        chain.doFilter(request, response);
    }
}
