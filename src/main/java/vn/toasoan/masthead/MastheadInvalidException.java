package vn.toasoan.masthead;

import java.util.Map;
import org.springframework.http.HttpStatus;
import vn.toasoan.platform.FeatureException;

/** Fields the administrator must correct, each with why, already in their language. */
public class MastheadInvalidException extends FeatureException {

    private final Map<String, String> errors;

    MastheadInvalidException(Map<String, String> errors) {
        super(HttpStatus.UNPROCESSABLE_CONTENT, "masthead.error.invalid");
        this.errors = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(errors));
    }

    /** By field, in the API's JSON names. */
    public Map<String, String> errors() {
        return errors;
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("errors", errors);
    }
}
