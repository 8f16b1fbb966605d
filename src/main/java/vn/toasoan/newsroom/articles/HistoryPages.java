package vn.toasoan.newsroom.articles;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.toasoan.accounts.Account;
import vn.toasoan.articles.ArticleConflictException;
import vn.toasoan.articles.ArticleEditing;
import vn.toasoan.articles.ArticleHistory;
import vn.toasoan.articles.ArticleInvalidException;
import vn.toasoan.articles.ArticleRights;
import vn.toasoan.articles.Revision;
import vn.toasoan.articles.RevisionDiff;
import vn.toasoan.articles.RevisionKind;
import vn.toasoan.articles.WorkingArticle;
import vn.toasoan.newsroom.Desk;
import vn.toasoan.newsroom.Text;
import vn.toasoan.platform.VietnamTime;

/** An article's revisions: the list, the differences between two, and restoring one. */
@Controller
class HistoryPages {

    private final Desk desk;
    private final ArticleEditing editing;
    private final ArticleHistory history;
    private final WorkflowViews workflowViews;

    HistoryPages(Desk desk, ArticleEditing editing, ArticleHistory history, WorkflowViews workflowViews) {
        this.desk = desk;
        this.editing = editing;
        this.history = history;
        this.workflowViews = workflowViews;
    }

    @GetMapping("/toa-soan/bai-viet/{id}/lich-su")
    String revisions(@PathVariable long id, HttpServletRequest request, Model model) {
        Account account = desk.account();
        Text t = desk.text();
        WorkingArticle article = editing.get(account, id);
        List<Revision> revisions = history.revisions(account, id);
        int current = current(revisions);
        List<ArticleViews.RevisionRow> rows = revisions.stream()
                .map(r -> new ArticleViews.RevisionRow(
                        r.number(),
                        t.lookup("revision." + r.kind().name()),
                        r.kind().name().toLowerCase(),
                        VietnamTime.updated(r.savedAt()),
                        r.savedBy(),
                        t.lookup("status." + r.status().name()),
                        r.content().title(),
                        r.number() == current))
                .toList();
        model.addAttribute(
                "page",
                new ArticleViews.HistoryView(
                        desk.layout(
                                request,
                                t.format("history.title", article.article().title()),
                                "/toa-soan/bai-viet"),
                        id,
                        article.article().title(),
                        article.version(),
                        ArticleRights.canEdit(account, article),
                        rows));
        model.addAttribute("workflow", new WorkflowPanel(id, workflowViews.notes(account, id), null, List.of(), false));
        return "newsroom/articles/history";
    }

    @GetMapping("/toa-soan/bai-viet/{id}/lich-su/so-sanh")
    String compare(
            @PathVariable long id,
            @RequestParam int tu,
            @RequestParam int den,
            HttpServletRequest request,
            Model model) {
        Account account = desk.account();
        Text t = desk.text();
        WorkingArticle article = editing.get(account, id);
        RevisionDiff diff = history.diff(account, id, tu, den);
        model.addAttribute(
                "page",
                new ArticleViews.DiffView(
                        desk.layout(request, t.format("diff.title", tu, den), "/toa-soan/bai-viet"),
                        id,
                        article.article().title(),
                        tu,
                        den,
                        diff.from().savedBy() + " · "
                                + VietnamTime.updated(diff.from().savedAt()),
                        diff.to().savedBy() + " · "
                                + VietnamTime.updated(diff.to().savedAt()),
                        diff.fields(),
                        diff.changed(),
                        article.version(),
                        ArticleRights.canEdit(account, article) && den != current(history.revisions(account, id))));
        return "newsroom/articles/diff";
    }

    /** The revision the article holds now: the last one saved, as a refused save's copy never became the article. */
    static int current(List<Revision> revisions) {
        return revisions.stream()
                .filter(r -> r.kind() != RevisionKind.CONFLICT)
                .mapToInt(Revision::number)
                .max()
                .orElse(0);
    }

    /** Restoring shows first what it would change: the difference from the current revision to the chosen one. */
    @GetMapping("/toa-soan/bai-viet/{id}/lich-su/{number}/khoi-phuc")
    String confirmRestore(
            @PathVariable long id,
            @PathVariable int number,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        Account account = desk.account();
        Text t = desk.text();
        WorkingArticle article = editing.get(account, id);
        int current = current(history.revisions(account, id));
        if (number == current || !ArticleRights.canEdit(account, article)) {
            redirect.addFlashAttribute(
                    "error",
                    number == current ? t.format("history.alreadyCurrent", number) : t.lookup("history.cannotRestore"));
            return "redirect:/toa-soan/bai-viet/" + id + "/lich-su";
        }
        RevisionDiff diff;
        try {
            diff = history.diff(account, id, current, number);
        } catch (ArticleInvalidException e) {
            redirect.addFlashAttribute("error", e.getMessage());
            return "redirect:/toa-soan/bai-viet/" + id + "/lich-su";
        }
        model.addAttribute(
                "page",
                new ArticleViews.DiffView(
                        desk.layout(request, t.format("restore.title", number), "/toa-soan/bai-viet"),
                        id,
                        article.article().title(),
                        current,
                        number,
                        diff.from().savedBy() + " · "
                                + VietnamTime.updated(diff.from().savedAt()),
                        diff.to().savedBy() + " · "
                                + VietnamTime.updated(diff.to().savedAt()),
                        diff.fields(),
                        diff.changed(),
                        article.version(),
                        true));
        return "newsroom/articles/restore";
    }

    @PostMapping("/toa-soan/bai-viet/{id}/lich-su/{number}/khoi-phuc")
    String restore(
            @PathVariable long id, @PathVariable int number, @RequestParam int version, RedirectAttributes redirect) {
        Account account = desk.account();
        Text t = desk.text();
        try {
            history.revision(account, id, number);
            editing.restore(account, id, number, version);
            redirect.addFlashAttribute("notice", t.format("history.restored", number));
            return "redirect:/toa-soan/bai-viet/" + id;
        } catch (ArticleConflictException e) {
            redirect.addFlashAttribute("error", t.format("editor.changedMeanwhile", e.savedBy()));
        } catch (ArticleInvalidException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/toa-soan/bai-viet/" + id + "/lich-su";
    }
}
