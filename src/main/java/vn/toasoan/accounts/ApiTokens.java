package vn.toasoan.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.toasoan.platform.AuditEvent;
import vn.toasoan.platform.ControlCharacters;
import vn.toasoan.platform.VietnamTime;
import vn.toasoan.vietnamese.VietnameseText;

/**
 * Personal API tokens: each account makes its own in the newsroom, named, with scopes and an expiry, and sends one as
 * {@code Authorization: Bearer …}. Only the SHA-256 of a token is kept: 256 random bits need no slow hash, so checking
 * one costs an indexed lookup, not bcrypt. Making and revoking are audited.
 */
@Service
public class ApiTokens {

    /** Tokens start with this, so that a secret scanner or a person can tell one in a leaked file. */
    static final String PREFIX = "tsk_";

    private static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);
    private static final int MAX_NAME = 100;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApiTokenRepository repository;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    /** When this node last wrote each token's last use: at most once a minute, however busy the token. */
    private final Map<Long, Instant> lastWritten = new ConcurrentHashMap<>();

    ApiTokens(ApiTokenRepository repository, ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.events = events;
        this.clock = clock;
    }

    /** A new token and its secret, which is shown once and kept nowhere. */
    public record Created(ApiToken token, String secret) {}

    /** @param lifetime null for a token that does not expire */
    @Transactional
    public Created create(Account owner, String name, Set<ApiScope> scopes, Duration lifetime) {
        String clean = VietnameseText.nfc(name == null ? "" : name.strip());
        if (clean.isEmpty() || clean.length() > MAX_NAME || ControlCharacters.in(clean, false)) {
            throw new AccountException(HttpStatus.BAD_REQUEST, "accounts.tokens.error.name", MAX_NAME);
        }
        if (scopes == null || scopes.isEmpty()) {
            throw new AccountException(HttpStatus.BAD_REQUEST, "accounts.tokens.error.scopes");
        }
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Instant now = clock.instant();
        Instant expires = lifetime == null ? null : now.plus(lifetime);
        long id = repository.insert(owner.id(), clean, hash(secret), EnumSet.copyOf(scopes), now, expires);
        events.publishEvent(new AuditEvent(
                owner.email(),
                "token.create",
                "account",
                owner.email(),
                "mã \"" + clean + "\" (#" + id + "), quyền " + describe(scopes) + ", hết hạn "
                        + (expires == null ? "không" : VietnamTime.shortDateTime(expires))));
        return new Created(repository.byId(id).orElseThrow(), secret);
    }

    public List<ApiToken> of(Account account) {
        return repository.list(account.id());
    }

    /** Every account's tokens, for administrators. */
    public List<ApiToken> all() {
        return repository.list(null);
    }

    /** Its owner or an administrator revokes a token; it is refused from its next request on, on every node. */
    @Transactional
    public ApiToken revoke(Account actor, long id) {
        ApiToken token = repository
                .byId(id)
                .orElseThrow(() -> new AccountException(HttpStatus.NOT_FOUND, "accounts.tokens.error.notFound"));
        if (token.accountId() != actor.id() && actor.role() != Role.ADMIN) {
            throw new AccountException(HttpStatus.NOT_FOUND, "accounts.tokens.error.notFound");
        }
        if (repository.revoke(id, actor.email(), clock.instant())) {
            events.publishEvent(new AuditEvent(
                    actor.email(),
                    "token.revoke",
                    "account",
                    token.accountEmail(),
                    "mã \"" + token.name() + "\" (#" + id + ")"));
        }
        return repository.byId(id).orElseThrow();
    }

    /** The request's identity for a token that is usable now, its account active. */
    Optional<TokenAuthentication> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return repository
                .byHash(hash(secret))
                .filter(found -> found.token().usable(now) && found.account().isActive())
                .map(found -> {
                    noteUse(found.token(), now);
                    List<GrantedAuthority> authorities = new ArrayList<>();
                    authorities.add(
                            new SimpleGrantedAuthority(found.account().role().authority()));
                    found.token().scopes().forEach(s -> authorities.add(new SimpleGrantedAuthority(s.authority())));
                    return new TokenAuthentication(found.token(), found.account(), authorities);
                });
    }

    private void noteUse(ApiToken token, Instant now) {
        Instant last = token.lastUsedAt();
        if (last != null && last.plus(LAST_USED_PRECISION).isAfter(now)) {
            return;
        }
        Instant before = lastWritten.get(token.id());
        if (before != null && before.plus(LAST_USED_PRECISION).isAfter(now)) {
            return;
        }
        if (before == null
                ? lastWritten.putIfAbsent(token.id(), now) == null
                : lastWritten.replace(token.id(), before, now)) {
            repository.used(token.id(), now);
        }
    }

    static String describe(Set<ApiScope> scopes) {
        return scopes.stream().sorted().map(ApiScope::value).collect(Collectors.joining(", "));
    }

    static String hash(String secret) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
