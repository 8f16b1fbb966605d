package vn.toasoan.newsroom.articles;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import vn.toasoan.articles.WorkingCopies;
import vn.toasoan.newsroom.Desk;

/**
 * Where the editor's script keeps what someone types ("Bản lưu tạm"), every few seconds and when they leave the page.
 * Form posts with the session's CSRF token in the body, so that {@code navigator.sendBeacon} can send them as a page
 * closes.
 */
@Controller
class WorkingCopyPages {

    static final String BASE = "/toa-soan/ban-luu-tam";

    private final Desk desk;
    private final WorkingCopies workingCopies;

    WorkingCopyPages(Desk desk, WorkingCopies workingCopies) {
        this.desk = desk;
        this.workingCopies = workingCopies;
    }

    /**
     * @param article the article's id, or {@code new}
     * @param version the version the editor was opened on
     * @param fields the form's fields by name, as a JSON object
     */
    @PostMapping(BASE)
    ResponseEntity<Void> keep(
            @RequestParam String article, @RequestParam(defaultValue = "0") int version, @RequestParam String fields) {
        workingCopies.save(desk.account(), articleId(article), version, fields);
        return ResponseEntity.noContent().build();
    }

    @PostMapping(BASE + "/bo")
    ResponseEntity<Void> discard(@RequestParam String article) {
        workingCopies.discard(desk.account(), articleId(article));
        return ResponseEntity.noContent().build();
    }

    private static Long articleId(String article) {
        if ("new".equals(article)) {
            return null;
        }
        try {
            return Long.parseLong(article);
        } catch (NumberFormatException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
    }
}
