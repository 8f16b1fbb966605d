package vn.toasoan.comments;

import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * Why a comment was not taken, in the reader's language: errors by field, a message for the whole form, and for
 * unmarked text a suggestion with the marks restored.
 */
record Refusal(HttpStatus status, Map<String, String> errors, String message, String suggestion) {

    Refusal {
        errors = Map.copyOf(errors);
    }
}
