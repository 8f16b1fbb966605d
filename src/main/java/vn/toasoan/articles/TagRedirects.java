package vn.toasoan.articles;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/** A renamed or merged tag's old address {@code /the/{old}} answers 301 to the new one. */
@Component
class TagRedirects extends OncePerRequestFilter {

    private static final Pattern TAG = Pattern.compile("^/the/([a-z0-9-]+)$");

    private final Tags tags;

    TagRedirects(Tags tags) {
        this.tags = tags;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + "/the/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Matcher m = TAG.matcher(
                request.getRequestURI().substring(request.getContextPath().length()));
        if (m.matches()) {
            var target = tags.formerlyAt(m.group(1));
            if (target.isPresent()) {
                String query = request.getQueryString();
                response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
                response.setHeader(
                        "Location",
                        request.getContextPath() + "/the/" + target.get() + (query == null ? "" : "?" + query));
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
