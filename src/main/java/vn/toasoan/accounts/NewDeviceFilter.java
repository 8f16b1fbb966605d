package vn.toasoan.accounts;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A script that logged in with its password over HTTP Basic gets a device cookie too: if it keeps cookies, its
 * password keeps working while guessers from elsewhere have the account refusing unknown clients.
 */
final class NewDeviceFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null
                && authentication.getDetails() instanceof LoginDetails details
                && details.newDevice() != null) {
            DeviceCookies.add(response, details.newDevice());
        }
        chain.doFilter(request, response);
    }
}
