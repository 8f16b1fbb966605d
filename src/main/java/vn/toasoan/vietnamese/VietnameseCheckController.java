package vn.toasoan.vietnamese;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The check the comment form calls while a reader types: are the marks missing, and what would they be? */
@RestController
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
            throw new InvalidCheck("Thiếu nội dung cần kiểm tra (text is required)");
        }
        if (request.text().length() > MAX_LENGTH) {
            throw new InvalidCheck(
                    "Nội dung dài quá " + MAX_LENGTH + " ký tự (text is longer than " + MAX_LENGTH + " characters)");
        }
        if (!detector.isMissingDiacritics(request.text())) {
            return new CheckResponse(false, null);
        }
        return new CheckResponse(true, restorer.restore(request.text()).orElse(null));
    }

    @ExceptionHandler(InvalidCheck.class)
    ProblemDetail invalid(InvalidCheck e) {
        return problem(e.getMessage());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        return problem("Nội dung gửi lên không phải JSON hợp lệ (the body is not valid JSON)");
    }

    private static ProblemDetail problem(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle("Yêu cầu không hợp lệ (bad request)");
        problem.setType(URI.create("about:blank"));
        return problem;
    }

    record CheckRequest(String text) {}

    record CheckResponse(boolean missingDiacritics, String suggestion) {}

    static final class InvalidCheck extends RuntimeException {
        InvalidCheck(String message) {
            super(message);
        }
    }
}
