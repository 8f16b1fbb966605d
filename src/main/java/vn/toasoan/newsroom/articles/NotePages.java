package vn.toasoan.newsroom.articles;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.toasoan.articles.ArticleInvalidException;
import vn.toasoan.articles.EditorialNotes;
import vn.toasoan.newsroom.Desk;

/** Writing in an article's editorial notes, from the editor or the history page. */
@Controller
class NotePages {

    private final Desk desk;
    private final EditorialNotes notes;

    NotePages(Desk desk, EditorialNotes notes) {
        this.desk = desk;
        this.notes = notes;
    }

    /** @param back {@code lich-su} to return to the history page; otherwise the editor */
    @PostMapping("/toa-soan/bai-viet/{id}/ghi-chu")
    String add(
            @PathVariable long id,
            @RequestParam String note,
            @RequestParam(required = false) String back,
            RedirectAttributes redirect) {
        try {
            notes.add(desk.account(), id, note);
            redirect.addFlashAttribute("notice", desk.text().lookup("notes.added"));
        } catch (ArticleInvalidException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/toa-soan/bai-viet/" + id + ("lich-su".equals(back) ? "/lich-su" : "") + "#ghi-chu";
    }
}
