package vn.toasoan.accounts;

import java.time.Instant;

/**
 * A newsroom account. The e-mail address, in lower case, is the login name and the name of the principal.
 *
 * @param lastLoginAt null until the first login
 * @param credentialsVersion goes up with every new password; sessions remember the one they were opened with
 */
public record Account(
        long id,
        String email,
        String displayName,
        Role role,
        AccountStatus status,
        PasswordState passwordState,
        Instant createdAt,
        Instant lastLoginAt,
        int credentialsVersion) {

    public boolean isActive() {
        return status == AccountStatus.ACTIVE;
    }
}
