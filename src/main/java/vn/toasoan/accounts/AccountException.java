package vn.toasoan.accounts;

/** A request about accounts that cannot be carried out; the message is for the user, in Vietnamese. */
public class AccountException extends RuntimeException {

    AccountException(String message) {
        super(message);
    }
}
