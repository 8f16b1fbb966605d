package vn.toasoan.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A query string or form that is not valid UTF-8 ({@code ?q=%ff}) is the sender's mistake, not the server's: it gets
 * the 400 page, and the log one line instead of an error with a long stack trace that any bot could repeat at will.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class UndecodableRequestFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(UndecodableRequestFilter.class);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            if (!undecodable(e) || response.isCommitted()) {
                throw e;
            }
            log.info("Refused an undecodable request to {}: {}", request.getRequestURI(), e.getMessage());
            response.sendError(HttpStatus.BAD_REQUEST.value());
        }
    }

    private static boolean undecodable(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidParameterException) {
                return true;
            }
        }
        return false;
    }
}
