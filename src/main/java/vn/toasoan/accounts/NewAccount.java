package vn.toasoan.accounts;

/**
 * What an administrator fills in to open an account.
 *
 * @param password blank to generate a temporary one
 */
public record NewAccount(String email, String displayName, Role role, String password) {}
