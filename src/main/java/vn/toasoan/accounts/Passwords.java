package vn.toasoan.accounts;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import org.springframework.http.HttpStatus;

/** The rules a password must meet, and temporary passwords an administrator hands over. */
final class Passwords {

    static final int MIN_LENGTH = 10;
    /** bcrypt reads at most 72 bytes; Spring Security refuses longer passwords rather than cut them. */
    static final int MAX_BYTES = 72;

    /** No 0/O, 1/l/I: temporary passwords are read aloud and typed by hand. */
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private static final SecureRandom RANDOM = new SecureRandom();

    private Passwords() {}

    static void check(String password, String email) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw new AccountException(HttpStatus.BAD_REQUEST, "accounts.error.passwordShort", MIN_LENGTH);
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new AccountException(HttpStatus.BAD_REQUEST, "accounts.error.passwordLong", MAX_BYTES);
        }
        if (password.isBlank() || password.equalsIgnoreCase(email)) {
            throw new AccountException(HttpStatus.BAD_REQUEST, "accounts.error.passwordIsEmail");
        }
    }

    static String generate() {
        var password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
