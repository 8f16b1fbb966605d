package vn.toasoan.articles;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import vn.toasoan.platform.FeatureException;

/**
 * Publishing or scheduling refused while warnings are open: one that blocks publishing, or one the person did not
 * acknowledge. The API answers 409 with the open warnings listed by code.
 */
public class OpenWarningsException extends FeatureException {

    /** A warning still open; {@code blocking} ones cannot be acknowledged, only fixed. */
    public record Open(String code, String message, boolean blocking) {}

    private final List<Open> open;

    /** @param message already worded in the user's language; shown as it is */
    OpenWarningsException(String message, List<Open> open) {
        super(HttpStatus.CONFLICT, message);
        this.open = List.copyOf(open);
    }

    public List<Open> open() {
        return open;
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("warnings", open);
    }
}
