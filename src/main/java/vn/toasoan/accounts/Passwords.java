package vn.toasoan.accounts;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;

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
            throw new AccountException("Mật khẩu cần ít nhất " + MIN_LENGTH + " ký tự.");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new AccountException("Mật khẩu quá dài (tối đa " + MAX_BYTES + " byte).");
        }
        if (password.isBlank() || password.equalsIgnoreCase(email)) {
            throw new AccountException("Mật khẩu không được trùng với địa chỉ e-mail.");
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
