package vn.toasoan.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Counts failed logins per account and per address in the database, so that every application node sees the same
 * counts and a restart forgets nothing. Password checks for one account run one at a time on a node: otherwise a burst
 * of parallel guesses would all pass the count before the first failure is written.
 */
@Component
class LoginThrottle {

    private static final Duration LONGEST_QUEUE = Duration.ofSeconds(10);

    private final ReentrantLock[] stripes = new ReentrantLock[512];
    private final JdbcClient jdbc;
    private final LoginProperties properties;
    private final Clock clock;

    LoginThrottle(JdbcClient jdbc, LoginProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
        Arrays.setAll(stripes, i -> new ReentrantLock());
    }

    /**
     * Runs a password check for this account after the previous one for it has finished and its failure, if any, has
     * been counted. A guesser who keeps the queue full is told to wait.
     */
    <T> T oneAtATime(String email, Supplier<T> check) {
        ReentrantLock lock = stripes[Math.floorMod(email.hashCode(), stripes.length)];
        try {
            if (!lock.tryLock(LONGEST_QUEUE.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new LoginThrottledException(Duration.ofMinutes(1));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LoginThrottledException(Duration.ofMinutes(1));
        }
        try {
            return check.get();
        } finally {
            lock.unlock();
        }
    }

    /** How long this account or this address must still wait, if at all. */
    Optional<Duration> wait(String email, String address) {
        Instant now = clock.instant();
        Optional<Duration> byAccount = wait("email", email, now);
        Optional<Duration> byAddress = address == null ? Optional.empty() : wait("address", address, now);
        if (byAccount.isPresent() && byAddress.isPresent()) {
            return Optional.of(byAccount.get().compareTo(byAddress.get()) > 0 ? byAccount.get() : byAddress.get());
        }
        return byAccount.isPresent() ? byAccount : byAddress;
    }

    void failed(String email, String address) {
        jdbc.sql("INSERT INTO login_failures (email, address, failed_at) VALUES (?, ?, ?)")
                .params(email, address == null ? "" : address, AccountRepository.utc(clock.instant()))
                .update();
    }

    void succeeded(String email) {
        jdbc.sql("DELETE FROM login_failures WHERE email = ?").param(email).update();
    }

    @Scheduled(fixedDelay = 3_600_000, initialDelay = 60_000)
    void forgetOldFailures() {
        jdbc.sql("DELETE FROM login_failures WHERE failed_at < ?")
                .param(AccountRepository.utc(clock.instant().minus(Duration.ofDays(1))))
                .update();
    }

    private Optional<Duration> wait(String column, String value, Instant now) {
        List<OffsetDateTime> recent = jdbc.sql("SELECT failed_at FROM login_failures WHERE " + column
                        + " = ? AND failed_at > ? ORDER BY failed_at DESC LIMIT ?")
                .params(value, AccountRepository.utc(now.minus(properties.window())), properties.maxFailures())
                .query(OffsetDateTime.class)
                .list();
        if (recent.size() < properties.maxFailures()) {
            return Optional.empty();
        }
        Instant oldest = recent.get(recent.size() - 1).toInstant();
        Duration wait = Duration.between(now, oldest.plus(properties.window()));
        return wait.isNegative() || wait.isZero() ? Optional.empty() : Optional.of(wait);
    }
}
