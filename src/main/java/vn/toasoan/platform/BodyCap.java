package vn.toasoan.platform;

/**
 * The largest request body an endpoint needs, declared by the feature that owns it as a bean: {@link RequestGuard}
 * refuses a bigger one with 413 before reading it. The longest matching path wins; bodies no feature names get
 * {@code toasoan.requests.max-body}.
 *
 * @param path an exact path ({@code /api/v1/vietnamese/check}) or, ending in {@code /}, every path under it
 * @param maxBytes the limit
 */
public record BodyCap(String path, long maxBytes) {

    boolean matches(String requestPath) {
        return path.endsWith("/") ? requestPath.startsWith(path) : requestPath.equals(path);
    }
}
