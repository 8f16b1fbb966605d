package vn.toasoan.articles;

import org.springframework.http.HttpStatus;
import vn.toasoan.platform.FeatureException;

/** A move the workflow does not allow from where the article stands; the message says why, in Vietnamese. */
public class WorkflowException extends FeatureException {

    WorkflowException(String message, Object... arguments) {
        super(HttpStatus.CONFLICT, message, arguments);
    }
}
