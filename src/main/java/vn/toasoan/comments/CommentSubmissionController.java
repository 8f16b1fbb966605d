package vn.toasoan.comments;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import vn.toasoan.articles.Article;
import vn.toasoan.articles.ArticleNotFoundException;
import vn.toasoan.articles.Articles;
import vn.toasoan.attachments.ParsedUpload;
import vn.toasoan.attachments.UploadFilter;

/**
 * The reader's form posts here. Without JavaScript: a redirect back to the article with "đang chờ biên tập", or the
 * article page again with the form filled in and its errors. With JavaScript (asking for JSON): the same outcomes as
 * JSON, refusals as RFC 9457 problem details.
 */
@Controller
class CommentSubmissionController {

    private final Articles articles;
    private final CommentSubmissions submissions;
    private final MessageSource messages;

    CommentSubmissionController(Articles articles, CommentSubmissions submissions, MessageSource messages) {
        this.articles = articles;
        this.submissions = submissions;
        this.messages = messages;
    }

    @PostMapping("/binh-luan/{articleId}")
    ResponseEntity<?> submit(
            @PathVariable long articleId,
            @ModelAttribute CommentForm form,
            HttpServletRequest request,
            HttpServletResponse response)
            throws ServletException, IOException {
        var upload = ParsedUpload.of(request);
        if (upload == null && isMultipart(request)) {
            return notStreamed(request);
        }
        Article article = articles.findPublished(articleId).orElseThrow(() -> new ArticleNotFoundException(articleId));
        var submission = new CommentSubmissions.Submission(
                articleId,
                form,
                upload == null ? null : upload.file(),
                upload != null && upload.isFileTooLarge(),
                request.getRemoteAddr(),
                upload == null ? 0 : upload.tooLargeSize());
        var outcome = submissions.submit(submission, LocaleContextHolder.getLocale());
        boolean json = wantsJson(request);
        if (outcome.refusal() == null) {
            if (json) {
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("status", CommentStatus.PENDING.name());
                body.put("message", messages.getMessage("comments.sent", null, LocaleContextHolder.getLocale()));
                return ResponseEntity.accepted().body(body);
            }
            return ResponseEntity.status(HttpStatus.SEE_OTHER)
                    .location(URI.create(article.url() + "?" + CommentThreads.SENT_PARAM + "="
                            + CommentThreads.SENT_VALUE + CommentThreads.ANCHOR))
                    .build();
        }
        Refusal refusal = outcome.refusal();
        if (json) {
            return ResponseEntity.status(refusal.status())
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problem(refusal));
        }
        // the article page again, as the reader left it, with the refusal status
        request.setAttribute(RefusedComment.ATTRIBUTE, new RefusedComment(form, refusal));
        response.setStatus(refusal.status().value());
        request.getRequestDispatcher(article.url()).forward(new AsGet(request), response);
        return null;
    }

    /**
     * A multipart body that {@link UploadFilter} did not stream: its limit and its cleanup did not hold, so
     * nothing of it is taken.
     */
    private ResponseEntity<?> notStreamed(HttpServletRequest request) {
        var locale = LocaleContextHolder.getLocale();
        String message = messages.getMessage("comments.error.invalidForm", null, locale);
        if (wantsJson(request)) {
            return ResponseEntity.badRequest()
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, message));
        }
        return ResponseEntity.badRequest()
                .contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                .body("<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><meta charset=\"utf-8\"><title>"
                        + message + "</title><p>" + message + "</p></html>");
    }

    private static boolean isMultipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
    }

    private static ProblemDetail problem(Refusal refusal) {
        String detail = refusal.message() != null
                ? refusal.message()
                : refusal.errors().values().stream().findFirst().orElse(null);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(refusal.status(), detail);
        problem.setProperty("errors", refusal.errors());
        if (refusal.suggestion() != null) {
            problem.setProperty("suggestion", refusal.suggestion());
        }
        return problem;
    }

    private static boolean wantsJson(HttpServletRequest request) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return accept != null && accept.contains("json") && !accept.contains("text/html");
    }

    /** The article page answers GET only; the refused form is shown on it. */
    private static final class AsGet extends HttpServletRequestWrapper {
        AsGet(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getMethod() {
            return "GET";
        }
    }
}
