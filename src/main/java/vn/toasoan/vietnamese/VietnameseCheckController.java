package vn.toasoan.vietnamese;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.toasoan.platform.FeatureException;
import vn.toasoan.platform.JsonApi;

/** The check the comment form calls while a reader types: are the marks missing, and what would they be? */
@RestController
@JsonApi
@RequestMapping("/api/v1/vietnamese")
class VietnameseCheckController {

    static final int MAX_LENGTH = 10_000;

    private final DiacriticsDetector detector;
    private final DiacriticsRestorer restorer;

    VietnameseCheckController(DiacriticsDetector detector, DiacriticsRestorer restorer) {
        this.detector = detector;
        this.restorer = restorer;
    }

    @PostMapping("/check")
    CheckResponse check(@RequestBody(required = false) CheckRequest request) {
        if (request == null || request.text() == null) {
            throw new InvalidCheck("vietnamese.check.missingText");
        }
        if (request.text().length() > MAX_LENGTH) {
            throw new InvalidCheck("vietnamese.check.tooLong", String.valueOf(MAX_LENGTH));
        }
        if (!detector.isMissingDiacritics(request.text())) {
            return new CheckResponse(false, null);
        }
        return new CheckResponse(true, restorer.restore(request.text()).orElse(null));
    }

    record CheckRequest(String text) {}

    record CheckResponse(boolean missingDiacritics, String suggestion) {}

    static final class InvalidCheck extends FeatureException {
        InvalidCheck(String messageKey, Object... arguments) {
            super(HttpStatus.BAD_REQUEST, messageKey, arguments);
        }

        @Override
        public String titleKey() {
            return "vietnamese.check.invalid";
        }
    }
}
