package vn.toasoan.accounts;

/** A password someone else chose for the account (generated or reset) must be replaced at the next login. */
public enum PasswordState {
    CHOSEN,
    TEMPORARY
}
