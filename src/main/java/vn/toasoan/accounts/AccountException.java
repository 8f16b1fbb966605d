package vn.toasoan.accounts;

import org.springframework.http.HttpStatus;
import vn.toasoan.platform.FeatureException;

/** A request about accounts that cannot be carried out; the key names the reason, for the user in their language. */
public class AccountException extends FeatureException {

    AccountException(HttpStatus status, String messageKey, Object... arguments) {
        super(status, messageKey, arguments);
    }
}
