package vn.toasoan.comments;

import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The moderation queue for integrations and scripts: list, approve (optionally edited), reject with a reason. */
@RestController
@RequestMapping("/api/v1/comments")
@PreAuthorize("hasAnyRole('EDITOR','ADMIN')")
class CommentsApi {

    private final Comments comments;
    private final MessageSource messages;

    CommentsApi(Comments comments, MessageSource messages) {
        this.comments = comments;
        this.messages = messages;
    }

    record ApproveRequest(String content) {}

    record RejectRequest(String reason) {}

    @GetMapping
    Map<String, Object> list(
            @RequestParam(required = false) String status, @RequestParam(defaultValue = "1") int page) {
        CommentStatus wanted = status == null || status.isBlank() ? null : CommentStatus.valueOf(status.strip());
        var result = comments.queue(new CommentQuery(wanted, null, null, null), page);
        List<CommentJson> items = result.items().stream().map(CommentJson::of).toList();
        return Map.of("items", items, "total", result.total());
    }

    @GetMapping("/{id}")
    CommentJson one(@PathVariable long id) {
        return CommentJson.of(comments.find(id).orElseThrow(() -> new CommentNotFoundException(id)));
    }

    @PostMapping("/{id}/approve")
    CommentJson approve(
            @PathVariable long id, @RequestBody(required = false) ApproveRequest body, Authentication user) {
        return CommentJson.of(comments.approve(id, body == null ? null : body.content(), user.getName()));
    }

    @PostMapping("/{id}/reject")
    CommentJson reject(@PathVariable long id, @RequestBody(required = false) RejectRequest body, Authentication user) {
        return CommentJson.of(comments.reject(id, body == null ? null : body.reason(), user.getName()));
    }

    @ExceptionHandler(CommentNotFoundException.class)
    ProblemDetail notFound(CommentNotFoundException e) {
        ProblemDetail problem =
                ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, text("comments.api.notFound.detail"));
        problem.setTitle(text("comments.api.notFound.title"));
        return problem;
    }

    @ExceptionHandler(InvalidCommentChange.class)
    ProblemDetail invalid(InvalidCommentChange e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.UNPROCESSABLE_CONTENT, text("comments.api.invalid.detail", CommentSubmissions.MAX_LENGTH));
        problem.setTitle(text("comments.api.invalid.title"));
        return problem;
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badStatus(IllegalArgumentException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, text("comments.api.badStatus"));
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
