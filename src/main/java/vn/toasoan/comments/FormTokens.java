package vn.toasoan.comments;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The form's hidden token: when it was served, for which article, signed. A robot that posts the moment it gets the
 * page is refused; a person who reads the article first never notices.
 */
@Component
class FormTokens {

    enum Verdict {
        VALID,
        TOO_FAST,
        EXPIRED,
        INVALID
    }

    private final CommentSettings settings;
    private final Clock clock;
    private final Duration minFillTime;
    private final Duration maxAge;
    private volatile byte[] secret;

    FormTokens(CommentSettings settings, Clock clock, CommentProperties properties) {
        this.settings = settings;
        this.clock = clock;
        this.minFillTime = properties.minFillTime();
        this.maxAge = properties.maxFormAge();
    }

    /**
     * The secret is made, or read, once at start, on the primary: a reader's page may read from a replica, which
     * takes no writes and may not have a secret another node has just made.
     */
    @EventListener(ApplicationReadyEvent.class)
    void prepare() {
        secret();
    }

    /**
     * The same token for everyone within a window as long as the minimum fill time, so that an article page can be
     * one page for all readers: it says it was served when its window began. A form sent the moment it was served is
     * still always too fast, and no reader waits longer than the minimum fill time.
     */
    String issue(long articleId) {
        String payload = articleId + "." + window() * windowSeconds();
        return payload + "." + sign(payload);
    }

    /** The number of the current window, which changes as often as the token under every article. */
    long window() {
        return clock.instant().getEpochSecond() / windowSeconds();
    }

    private long windowSeconds() {
        return windowLength().toSeconds();
    }

    /** How long one token serves every reader: the minimum fill time, in whole seconds, at least one. */
    Duration windowLength() {
        return Duration.ofSeconds(Math.max(1, minFillTime.toSeconds()));
    }

    Verdict check(String token, long articleId) {
        if (token == null) {
            return Verdict.INVALID;
        }
        String[] parts = token.split("\\.");
        if (parts.length != 3 || !parts[0].equals(Long.toString(articleId))) {
            return Verdict.INVALID;
        }
        String expected = sign(parts[0] + "." + parts[1]);
        if (!MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.US_ASCII), parts[2].getBytes(StandardCharsets.US_ASCII))) {
            return Verdict.INVALID;
        }
        Instant issued;
        try {
            issued = Instant.ofEpochSecond(Long.parseLong(parts[1]));
        } catch (NumberFormatException e) {
            return Verdict.INVALID;
        }
        Duration age = Duration.between(issued, clock.instant());
        if (age.compareTo(minFillTime) < 0) {
            return Verdict.TOO_FAST;
        }
        return age.compareTo(maxAge) > 0 ? Verdict.EXPIRED : Verdict.VALID;
    }

    private String sign(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret(), "HmacSHA256"));
            byte[] digest = mac.doFinal(payload.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] secret() {
        if (secret == null) {
            secret = settings.formSecret();
        }
        return secret;
    }
}
