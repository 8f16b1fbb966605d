package vn.toasoan.accounts;

import java.time.Instant;

/**
 * An account, or an address, that refuses unknown clients because of failed logins; known devices still log in.
 *
 * @param who the account's e-mail address, or the address
 * @param failures failures counted within the window
 * @param spread how many addresses they came from (for an account), or accounts they tried (for an address)
 * @param until when unknown clients may try again, unless an administrator lifts it before
 */
public record ThrottledLogin(String who, int failures, int spread, Instant until) {}
