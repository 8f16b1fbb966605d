package vn.toasoan.comments;

import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.toasoan.platform.JsonApi;

/** The moderation queue for integrations and scripts: list, approve (optionally edited), reject with a reason. */
@RestController
@JsonApi
@RequestMapping("/api/v1/comments")
@SecurityRequirement(name = "bearer")
@SecurityRequirement(name = "basic")
@PreAuthorize("hasAnyRole('EDITOR','ADMIN')")
class CommentsApi {

    private final Comments comments;

    CommentsApi(Comments comments) {
        this.comments = comments;
    }

    record ApproveRequest(String content) {}

    record RejectRequest(String reason) {}

    @GetMapping
    Map<String, Object> list(
            @RequestParam(required = false) CommentStatus status, @RequestParam(defaultValue = "1") int page) {
        var result = comments.queue(new CommentQuery(status, null, null, null), page);
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
}
