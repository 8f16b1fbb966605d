package vn.toasoan.accounts;

import java.time.Instant;
import java.util.Set;

/**
 * A personal API token as its owner and administrators see it: never the token itself, which is shown once.
 *
 * @param expiresAt null for a token that does not expire
 * @param lastUsedAt to the minute: written at most once a minute
 */
public record ApiToken(
        long id,
        long accountId,
        String accountEmail,
        String name,
        Set<ApiScope> scopes,
        Instant createdAt,
        Instant expiresAt,
        Instant lastUsedAt,
        Instant revokedAt,
        String revokedBy) {

    public boolean usable(Instant now) {
        return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
    }
}
