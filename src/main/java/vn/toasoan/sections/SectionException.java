package vn.toasoan.sections;

import org.springframework.http.HttpStatus;
import vn.toasoan.platform.FeatureException;

/** A change to sections that cannot be made; the key names the reason, for the user in their language. */
public class SectionException extends FeatureException {

    SectionException(HttpStatus status, String messageKey, Object... arguments) {
        super(status, messageKey, arguments);
    }
}
