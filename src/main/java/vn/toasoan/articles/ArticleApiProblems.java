package vn.toasoan.articles;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import vn.toasoan.accounts.AccountException;

/** The article API's one error handler: every refusal as an RFC 9457 problem with a Vietnamese {@code detail}. */
@RestControllerAdvice(assignableTypes = ArticleApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ArticleApiProblems {

    @ExceptionHandler(ArticleNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(HttpServletRequest request) {
        return problem(HttpStatus.NOT_FOUND, "Không có bài viết này.", request);
    }

    @ExceptionHandler({AccessDeniedException.class, AccountException.class})
    ResponseEntity<ProblemDetail> forbidden(RuntimeException e, HttpServletRequest request) {
        return problem(HttpStatus.FORBIDDEN, e.getMessage(), request);
    }

    @ExceptionHandler(WorkflowException.class)
    ResponseEntity<ProblemDetail> workflow(WorkflowException e, HttpServletRequest request) {
        return problem(HttpStatus.CONFLICT, e.getMessage(), request);
    }

    @ExceptionHandler(ArticleConflictException.class)
    ResponseEntity<ProblemDetail> conflict(ArticleConflictException e, HttpServletRequest request) {
        var response = problem(
                HttpStatus.CONFLICT,
                "Bài viết đã được " + e.savedBy() + " sửa lúc "
                        + vn.toasoan.platform.VietnamTime.updated(e.savedAt())
                        + " (phiên bản " + e.current().version()
                        + "). Hãy tải lại bài rồi sửa tiếp; thay đổi của bạn được giữ ở phiên bản lịch sử số "
                        + e.keptRevision() + ".",
                request);
        response.getBody().setProperty("currentVersion", e.current().version());
        return ResponseEntity.status(HttpStatus.CONFLICT)
                .eTag("\"" + e.current().version() + "\"")
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(response.getBody());
    }

    @ExceptionHandler(BlockedByChecksException.class)
    ResponseEntity<ProblemDetail> blocked(BlockedByChecksException e, HttpServletRequest request) {
        var response = problem(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage(), request);
        response.getBody().setProperty("warnings", List.copyOf(e.blocking()));
        return response;
    }

    @ExceptionHandler(ArticleInvalidException.class)
    ResponseEntity<ProblemDetail> invalid(ArticleInvalidException e, HttpServletRequest request) {
        return problem(HttpStatus.BAD_REQUEST, e.getMessage(), request);
    }

    @ExceptionHandler({HttpMessageNotReadableException.class, MethodArgumentTypeMismatchException.class})
    ResponseEntity<ProblemDetail> unreadable(HttpServletRequest request) {
        return problem(HttpStatus.BAD_REQUEST, "Yêu cầu không đọc được: kiểm tra JSON và các tham số.", request);
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail, HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setInstance(URI.create(request.getRequestURI()));
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
