package vn.toasoan.newsroom.articles;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.toasoan.accounts.Role;
import vn.toasoan.articles.ArticleTrash;
import vn.toasoan.articles.WorkflowException;
import vn.toasoan.newsroom.Desk;
import vn.toasoan.newsroom.NewsroomTime;

/** "Thùng rác": deleting an article from the editor, restoring it, and an administrator emptying the trash. */
@Controller
class TrashPages {

    static final String URL = "/toa-soan/thung-rac";

    private final ArticleTrash trash;
    private final Desk desk;

    TrashPages(ArticleTrash trash, Desk desk) {
        this.trash = trash;
        this.desk = desk;
    }

    @PostMapping("/toa-soan/bai-viet/{id}/xoa")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        try {
            trash.delete(desk.account(), id);
        } catch (WorkflowException e) {
            redirect.addFlashAttribute("error", e.getMessage());
            return "redirect:/toa-soan/bai-viet/" + id;
        }
        redirect.addFlashAttribute("notice", desk.text().lookup("trash.moved"));
        return "redirect:/toa-soan/bai-viet";
    }

    @GetMapping(URL)
    String list(HttpServletRequest request, Model model) {
        var t = desk.text();
        var rows = trash.list(desk.account()).stream()
                .map(a -> new ArticleViews.TrashRow(
                        a.id(),
                        a.title(),
                        t.lookup("status." + a.status().name()),
                        NewsroomTime.dateTime(a.deletedAt()),
                        a.deletedBy()))
                .toList();
        model.addAttribute(
                "page",
                new ArticleViews.TrashView(
                        desk.layout(request, "nav.trash", URL),
                        rows,
                        desk.account().role() == Role.ADMIN));
        return "newsroom/articles/trash";
    }

    @PostMapping(URL + "/{id}/khoi-phuc")
    String restore(@PathVariable long id, RedirectAttributes redirect) {
        trash.restore(desk.account(), id);
        redirect.addFlashAttribute("notice", desk.text().lookup("trash.restored"));
        return "redirect:/toa-soan/bai-viet/" + id;
    }

    @PostMapping(URL + "/don")
    String empty(RedirectAttributes redirect) {
        int gone = trash.empty(desk.account());
        redirect.addFlashAttribute("notice", desk.text().format("trash.emptied", gone));
        return "redirect:" + URL;
    }
}
