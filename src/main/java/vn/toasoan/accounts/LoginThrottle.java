package vn.toasoan.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Counts failed logins in the database, so that every node sees the same counts and a restart forgets nothing (OWASP,
 * "Slow Down Online Guessing Attacks with Device Cookies"). A client with a valid device cookie for the account counts
 * against that device alone: ten wrong passwords there make it an unknown client, nothing more. Unknown clients count
 * against the account and against their address: they are slowed, then refused, while known devices, the
 * administrator's browser among them, still log in.
 *
 * <p>An attempt is written before its password is checked, removed when it succeeds and kept as a failure when it
 * fails. Only failures slow a client down. Attempts being checked take turns: of many racing for one account, on one
 * node or several, only as many as the limit leaves room for are checked at once, and the others wait for them. A
 * script sending several requests at once with the right password is therefore never refused, and a burst of guesses
 * gets no more checks than the limit.
 */
@Component
class LoginThrottle {

    private static final Duration LONGEST_SLOWDOWN = Duration.ofSeconds(30);

    /** How long an attempt waits for the attempts ahead of it to be checked, as a script's parallel requests do. */
    private static final Duration LONGEST_QUEUE = Duration.ofSeconds(5);

    /** An attempt still being checked after this was left by a node that stopped: nobody waits for it. */
    private static final Duration ABANDONED_AFTER = Duration.ofMinutes(1);

    private static final long FIRST_PAUSE_MILLIS = 10;
    private static final long LONGEST_PAUSE_MILLIS = 200;

    private final JdbcClient jdbc;
    private final LoginProperties properties;
    private final Clock clock;

    LoginThrottle(JdbcClient jdbc, LoginProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    /** An attempt counted as a failure until it {@link #succeeded}; {@code device} is null for an unknown client. */
    record Attempt(long id, String email, String address, String device) {}

    /** An account refusing unknown clients, as the administrator sees it. */
    record Throttled(String email, int failures, int addresses, Instant until) {}

    /**
     * Counts an attempt at this account, or refuses it with how long to wait.
     *
     * @param device the nonce of the client's valid device cookie for this account, or null
     */
    Attempt admit(String email, String address, String device) {
        Instant now = clock.instant();
        String known =
                device != null && failures("device = ?", device, now).size() < properties.maxFailures() ? device : null;
        if (known == null) {
            Optional<Duration> wait = unknownWait(email, address, now);
            if (wait.isPresent()) {
                throw new LoginThrottledException(wait.get());
            }
        }
        String from = address == null ? "" : address;
        long id = jdbc.sql("INSERT INTO login_failures (email, address, device, failed_at, checking)"
                        + " VALUES (?, ?, ?, ?, TRUE) RETURNING id")
                .params(email, from, known, AccountRepository.utc(now))
                .query(Long.class)
                .single();
        long giveUp = System.nanoTime() + LONGEST_QUEUE.toNanos();
        long pause = FIRST_PAUSE_MILLIS;
        while (true) {
            Instant at = clock.instant();
            Turn turn = known != null
                    ? turn(id, "device = ?", known, at, properties.maxFailures())
                    : turn(id, "email = ? AND device IS NULL", email, at, properties.maxFailures())
                            .and(
                                    address == null
                                            ? Turn.NOW
                                            : turn(
                                                    id,
                                                    "address = ? AND device IS NULL",
                                                    address,
                                                    at,
                                                    properties.maxFailuresPerAddress()));
            if (turn == Turn.NOW) {
                return new Attempt(id, email, from, known);
            }
            if (turn == Turn.NEVER || System.nanoTime() - giveUp > 0 || !paused(pause)) {
                jdbc.sql("DELETE FROM login_failures WHERE id = ?").param(id).update();
                throw new LoginThrottledException(
                        unknownWait(email, address, at).orElse(Duration.ofSeconds(1)));
            }
            pause = Math.min(2 * pause, LONGEST_PAUSE_MILLIS);
        }
    }

    /** Whether an attempt may have its password checked now, after the attempts ahead of it, or not at all. */
    private enum Turn {
        NOW,
        LATER,
        NEVER;

        Turn and(Turn other) {
            return compareTo(other) >= 0 ? this : other;
        }
    }

    /**
     * The failures within the window refuse the attempt once they reach the limit; below it, the attempts being checked
     * that came before it, and the attempt itself, must fit under the limit with them. Attempts that succeed leave, so
     * the ones behind them go next; attempts that fail become failures and refuse the rest.
     */
    private Turn turn(long id, String where, String value, Instant now, int limit) {
        return jdbc.sql("SELECT CASE WHEN count(*) FILTER (WHERE NOT checking) >= ? THEN 'NEVER'"
                        + " WHEN count(*) FILTER (WHERE NOT checking OR (id <= ? AND failed_at > ?)) > ? THEN 'LATER'"
                        + " ELSE 'NOW' END FROM login_failures WHERE " + where + " AND failed_at > ?")
                .params(
                        limit,
                        id,
                        AccountRepository.utc(now.minus(ABANDONED_AFTER)),
                        limit,
                        value,
                        AccountRepository.utc(now.minus(properties.window())))
                .query((rs, n) -> Turn.valueOf(rs.getString(1)))
                .single();
    }

    /** @return false if the wait was interrupted, as when the server shuts down */
    private static boolean paused(long millis) {
        try {
            Thread.sleep(millis);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The password was wrong: the attempt is a failure from now on. */
    void failed(Attempt attempt) {
        jdbc.sql("UPDATE login_failures SET checking = FALSE WHERE id = ?")
                .param(attempt.id())
                .update();
    }

    /** The password was right: the attempt and the failures of the same client are forgotten. */
    void succeeded(Attempt attempt) {
        // the attempts of others still being checked stay: each is counted or forgotten by its own outcome
        jdbc.sql("DELETE FROM login_failures WHERE id = ?").param(attempt.id()).update();
        if (attempt.device() != null) {
            jdbc.sql("DELETE FROM login_failures WHERE device = ? AND NOT checking")
                    .param(attempt.device())
                    .update();
        } else {
            // only those of this address: the owner logging in from elsewhere gives a guesser no fresh allowance
            jdbc.sql("DELETE FROM login_failures WHERE email = ? AND address = ? AND device IS NULL AND NOT checking")
                    .params(attempt.email(), attempt.address())
                    .update();
        }
    }

    /** An administrator's or the reset command's decision: every failure counted against the account goes. */
    void lift(String email) {
        jdbc.sql("DELETE FROM login_failures WHERE email = ?").param(email).update();
    }

    /** As {@link #lift}, for the unknown clients of one address. */
    void liftAddress(String address) {
        jdbc.sql("DELETE FROM login_failures WHERE address = ? AND device IS NULL")
                .param(address)
                .update();
    }

    /** Accounts whose unknown clients are slowed or refused now: those being guessed at. */
    List<Throttled> throttledAccounts() {
        Instant now = clock.instant();
        return jdbc.sql("""
                        SELECT email, count(*) AS failures, count(DISTINCT address) AS addresses,
                               min(failed_at) AS oldest
                        FROM login_failures
                        WHERE device IS NULL AND NOT checking AND failed_at > ?
                        GROUP BY email HAVING count(*) >= ?
                        ORDER BY min(failed_at)""")
                .params(AccountRepository.utc(now.minus(properties.window())), properties.slowAfter())
                .query((rs, n) -> new Throttled(
                        rs.getString("email"),
                        rs.getInt("failures"),
                        rs.getInt("addresses"),
                        unknownWait(rs.getString("email"), null, now)
                                .map(now::plus)
                                .orElse(now)))
                .list();
    }

    /** Addresses whose unknown clients are refused now. */
    List<Throttled> throttledAddresses() {
        Instant now = clock.instant();
        return jdbc.sql("""
                        SELECT address, count(*) AS failures, count(DISTINCT email) AS accounts, min(failed_at) AS oldest
                        FROM login_failures
                        WHERE device IS NULL AND NOT checking AND address <> '' AND failed_at > ?
                        GROUP BY address HAVING count(*) >= ?
                        ORDER BY min(failed_at)""")
                .params(AccountRepository.utc(now.minus(properties.window())), properties.maxFailuresPerAddress())
                .query((rs, n) -> new Throttled(
                        rs.getString("address"),
                        rs.getInt("failures"),
                        rs.getInt("accounts"),
                        rs.getObject("oldest", OffsetDateTime.class).toInstant().plus(properties.window())))
                .list();
    }

    @Scheduled(fixedDelay = 3_600_000, initialDelay = 60_000)
    void forgetOldFailures() {
        jdbc.sql("DELETE FROM login_failures WHERE failed_at < ?")
                .param(AccountRepository.utc(clock.instant().minus(Duration.ofDays(1))))
                .update();
    }

    /** How long an unknown client must wait before its next try at this account, from this address. */
    private Optional<Duration> unknownWait(String email, String address, Instant now) {
        Duration wait = Duration.ZERO;
        List<Instant> recent = failures("email = ? AND device IS NULL", email, now);
        if (recent.size() >= properties.maxFailures()) {
            wait = Duration.between(
                    now, recent.get(properties.maxFailures() - 1).plus(properties.window()));
        } else if (recent.size() >= properties.slowAfter()) {
            int over = recent.size() - properties.slowAfter();
            Duration slowdown = over >= 5 ? LONGEST_SLOWDOWN : Duration.ofSeconds(1L << over);
            wait = Duration.between(now, recent.get(0).plus(min(slowdown, LONGEST_SLOWDOWN)));
        }
        if (address != null) {
            List<Instant> fromAddress = jdbc
                    .sql("SELECT failed_at FROM login_failures WHERE address = ?"
                            + " AND device IS NULL AND NOT checking AND failed_at > ? ORDER BY failed_at DESC LIMIT ?")
                    .params(
                            address,
                            AccountRepository.utc(now.minus(properties.window())),
                            properties.maxFailuresPerAddress())
                    .query(OffsetDateTime.class)
                    .list()
                    .stream()
                    .map(OffsetDateTime::toInstant)
                    .toList();
            if (fromAddress.size() >= properties.maxFailuresPerAddress()) {
                Duration byAddress = Duration.between(
                        now, fromAddress.get(fromAddress.size() - 1).plus(properties.window()));
                wait = byAddress.compareTo(wait) > 0 ? byAddress : wait;
            }
        }
        return wait.isNegative() || wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    /** The latest failures matching {@code where} within the window, newest first, at most as many as the limit. */
    private List<Instant> failures(String where, String value, Instant now) {
        return jdbc
                .sql("SELECT failed_at FROM login_failures WHERE " + where
                        + " AND NOT checking AND failed_at > ? ORDER BY failed_at DESC LIMIT ?")
                .params(value, AccountRepository.utc(now.minus(properties.window())), properties.maxFailures())
                .query(OffsetDateTime.class)
                .list()
                .stream()
                .map(OffsetDateTime::toInstant)
                .toList();
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) < 0 ? a : b;
    }
}
