package vn.toasoan.articles;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import vn.toasoan.platform.FeatureException;

/** Publishing refused: checks that the administrator made blocking found something. */
public class BlockedByChecksException extends FeatureException {

    private final List<ArticleWarning> blocking;

    /** @param message already worded in the reader's language; shown as it is */
    BlockedByChecksException(String message, List<ArticleWarning> blocking) {
        super(HttpStatus.UNPROCESSABLE_CONTENT, message);
        this.blocking = List.copyOf(blocking);
    }

    public List<ArticleWarning> blocking() {
        return blocking;
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("warnings", blocking);
    }
}
