package vn.toasoan.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.EOFException;
import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.catalina.connector.ClientAbortException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps one client from starving the others with request bodies: a body larger than its endpoint needs is refused with
 * 413 before it is read; one address may have only a few bodies coming in at once; and a body that trickles in slower
 * than a poor phone line is cut off. The answers close the connection, so nothing of the rest is waited for.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class RequestGuard extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(RequestGuard.class);

    private final RequestLimits limits;
    private final List<BodyCap> caps;
    private final Refusals refusals;
    private final Map<String, AtomicInteger> bodiesInProgress = new ConcurrentHashMap<>();

    RequestGuard(RequestLimits limits, List<BodyCap> caps, Refusals refusals) {
        this.refusals = refusals;
        this.limits = limits;
        this.caps = caps.stream()
                .sorted(Comparator.comparingInt((BodyCap c) -> c.path().length())
                        .reversed())
                .toList();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !hasBody(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long cap = cap(request.getRequestURI());
        if (request.getContentLengthLong() > cap) {
            refuse(request, response, ApiProblems.tooLarge(cap));
            return;
        }
        String address = request.getRemoteAddr();
        AtomicInteger inProgress = bodiesInProgress.computeIfAbsent(address, a -> new AtomicInteger());
        try {
            if (inProgress.incrementAndGet() > limits.maxBodiesPerAddress()) {
                log.info("Refused a body from {}: {} already coming in", address, inProgress.get() - 1);
                refuse(
                        request,
                        response,
                        new ApiProblems.Refusal(HttpStatus.TOO_MANY_REQUESTS, "problem.tooManyBodies")
                                .header(HttpHeaders.RETRY_AFTER, "10"));
                return;
            }
            var guarded = new GuardedRequest(request, cap, limits);
            try {
                chain.doFilter(guarded, response);
            } catch (IOException | ServletException | RuntimeException e) {
                if (clientGone(e)) {
                    // the client closed the connection mid-body: nobody is left to answer
                    log.debug("{} {} from {}: the client left", request.getMethod(), request.getRequestURI(), address);
                    UnreadBodies.leaveUnread(request);
                    return;
                }
                BodyRefused refused = BodyRefused.in(e);
                if (refused == null || response.isCommitted()) {
                    throw e;
                }
                log.info(
                        "Cut off the body of {} {} from {}: {}",
                        request.getMethod(),
                        request.getRequestURI(),
                        address,
                        refused.getMessage());
                response.reset();
                refuse(request, response, refused.refusal());
            }
        } finally {
            if (inProgress.decrementAndGet() <= 0) {
                bodiesInProgress.remove(address, inProgress);
            }
        }
    }

    private long cap(String path) {
        for (BodyCap cap : caps) {
            if (cap.matches(path)) {
                return cap.maxBytes();
            }
        }
        return limits.maxBody().toBytes();
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, FeatureException refusal)
            throws IOException {
        // what is left of the body is not read: the client learns now, and the connection is not kept
        UnreadBodies.leaveUnread(request);
        response.setHeader(HttpHeaders.CONNECTION, "close");
        refusals.write(request, response, refusal);
    }

    private static boolean clientGone(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ClientAbortException || cause instanceof EOFException) {
                return true;
            }
        }
        return false;
    }

    static boolean hasBody(HttpServletRequest request) {
        return request.getContentLengthLong() > 0 || request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null;
    }

    /** A body refused while it was being read: too large after all (chunked), or too slow. */
    static final class BodyRefused extends IOException {

        private final transient FeatureException refusal;

        BodyRefused(String message, FeatureException refusal) {
            super(message, null);
            this.refusal = refusal;
        }

        FeatureException refusal() {
            return refusal;
        }

        static BodyRefused in(Throwable e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof BodyRefused refused) {
                    return refused;
                }
            }
            return null;
        }
    }

    private static final class GuardedRequest extends HttpServletRequestWrapper {

        private final long cap;
        private final RequestLimits limits;
        private ServletInputStream stream;

        GuardedRequest(HttpServletRequest request, long cap, RequestLimits limits) {
            super(request);
            this.cap = cap;
            this.limits = limits;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new GuardedStream(super.getInputStream(), cap, limits);
            }
            return stream;
        }
    }

    private static final class GuardedStream extends ServletInputStream {

        private final ServletInputStream in;
        private final long cap;
        private final long graceNanos;
        private final long minBytesPerSecond;
        private final long started = System.nanoTime();
        private long count;

        GuardedStream(ServletInputStream in, long cap, RequestLimits limits) {
            this.in = in;
            this.cap = cap;
            this.graceNanos = limits.bodyGrace().toNanos();
            this.minBytesPerSecond = limits.minBodyRate().toBytes();
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            counted(b < 0 ? -1 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            counted(n);
            return n;
        }

        private void counted(int n) throws IOException {
            if (n > 0) {
                count += n;
            }
            if (count > cap) {
                throw new BodyRefused("over " + cap + " bytes", ApiProblems.tooLarge(cap));
            }
            long elapsed = System.nanoTime() - started;
            if (n >= 0 && elapsed > graceNanos && count * 1_000_000_000L / elapsed < minBytesPerSecond) {
                throw new BodyRefused(
                        count + " bytes in " + elapsed / 1_000_000 + " ms",
                        new ApiProblems.Refusal(HttpStatus.REQUEST_TIMEOUT, "problem.bodyTooSlow"));
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
