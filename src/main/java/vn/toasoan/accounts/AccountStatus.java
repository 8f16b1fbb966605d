package vn.toasoan.accounts;

/** A disabled account cannot log in, and its open sessions end at their next request. */
public enum AccountStatus {
    ACTIVE,
    DISABLED
}
