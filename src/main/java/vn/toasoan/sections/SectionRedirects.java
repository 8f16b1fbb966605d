package vn.toasoan.sections;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/** A renamed section's old addresses, its page and its RSS feed, answer 301 to the new ones. */
@Component
class SectionRedirects extends OncePerRequestFilter {

    private static final Pattern SECTION = Pattern.compile("^/([a-z0-9-]+)$");
    private static final Pattern FEED = Pattern.compile("^/rss/([a-z0-9-]+)\\.xml$");

    private final Sections sections;

    SectionRedirects(Sections sections) {
        this.sections = sections;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Optional<String> target = target(path, SECTION, "/", "").or(() -> target(path, FEED, "/rss/", ".xml"));
        if (target.isPresent()) {
            String query = request.getQueryString();
            response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
            response.setHeader(
                    "Location", request.getContextPath() + target.get() + (query == null ? "" : "?" + query));
            return;
        }
        chain.doFilter(request, response);
    }

    private Optional<String> target(String path, Pattern pattern, String prefix, String suffix) {
        Matcher m = pattern.matcher(path);
        if (!m.matches()) {
            return Optional.empty();
        }
        return sections.formerlyAt(m.group(1)).map(s -> prefix + s.slug() + suffix);
    }
}
