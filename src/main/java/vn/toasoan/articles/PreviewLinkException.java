package vn.toasoan.articles;

import java.time.Instant;
import org.springframework.http.HttpStatus;
import vn.toasoan.platform.FeatureException;
import vn.toasoan.platform.VietnamTime;

/** A preview link that does not open: one this site never made (404), or one past its expiry (410). */
public class PreviewLinkException extends FeatureException {

    private PreviewLinkException(HttpStatus status, String messageKey, Object... arguments) {
        super(status, messageKey, arguments);
    }

    static PreviewLinkException unknown() {
        return new PreviewLinkException(HttpStatus.NOT_FOUND, "articles.preview.unknown");
    }

    static PreviewLinkException expired(Instant at) {
        return new PreviewLinkException(HttpStatus.GONE, "articles.preview.expired", VietnamTime.shortDateTime(at));
    }
}
