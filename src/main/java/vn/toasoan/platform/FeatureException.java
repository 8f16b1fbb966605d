package vn.toasoan.platform;

import java.util.Map;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/**
 * A request a feature refuses: the HTTP status it answers with, and the key of the reason in the message bundles with
 * the values the text names. {@link ApiProblems} turns any of them into the API's problem details, and the reader's and
 * the newsroom's error pages read the same status and text, so no error handler needs to know the feature.
 *
 * <p>As a {@link MessageSourceResolvable}, it is read in the user's language by
 * {@code messages.getMessage(exception, locale)}; a key missing from the bundles is shown as it stands.
 */
public abstract class FeatureException extends RuntimeException implements MessageSourceResolvable {

    private final HttpStatus status;
    private final String messageKey;
    private final Object[] arguments;

    protected FeatureException(HttpStatus status, String messageKey, Object... arguments) {
        this(messageKey, status, messageKey, arguments);
    }

    /** @param logMessage what a log says of it, when that is more than the key (which article was not found) */
    protected FeatureException(String logMessage, HttpStatus status, String messageKey, Object... arguments) {
        super(logMessage);
        this.status = status;
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public HttpStatus status() {
        return status;
    }

    public String messageKey() {
        return messageKey;
    }

    @Override
    public String[] getCodes() {
        return new String[] {messageKey};
    }

    @Override
    public Object[] getArguments() {
        return arguments.clone();
    }

    @Override
    public String getDefaultMessage() {
        return messageKey;
    }

    /** The key of the problem's title; null keeps the status's own phrase ("Not Found"), as RFC 9457 suggests. */
    public String titleKey() {
        return null;
    }

    /** Members the problem carries besides its type, title, status and detail, such as the checks that block. */
    public Map<String, Object> properties() {
        return Map.of();
    }

    /** Headers the answer carries, such as the current version's ETag after a conflict. */
    public HttpHeaders headers() {
        return HttpHeaders.EMPTY;
    }
}
