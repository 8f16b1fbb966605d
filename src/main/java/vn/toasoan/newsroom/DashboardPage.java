package vn.toasoan.newsroom;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.toasoan.accounts.Account;
import vn.toasoan.articles.ArticleEditing;
import vn.toasoan.articles.ArticleFilter;
import vn.toasoan.articles.ArticleStatus;
import vn.toasoan.sections.Sections;

/** {@code /toa-soan}: what needs doing now, and what readers read. */
@Controller
class DashboardPage {

    private final Desk desk;
    private final ArticleEditing editing;
    private final Sections sections;
    private final ObjectProvider<DashboardPanel> panels;

    DashboardPage(Desk desk, ArticleEditing editing, Sections sections, ObjectProvider<DashboardPanel> panels) {
        this.desk = desk;
        this.editing = editing;
        this.sections = sections;
        this.panels = panels;
    }

    @GetMapping({"/toa-soan", "/toa-soan/"})
    String dashboard(HttpServletRequest request, Model model) {
        Account account = desk.account();
        Text t = desk.text();
        List<Views.Panel> counts = new ArrayList<>();
        for (ArticleStatus status : List.of(ArticleStatus.IN_REVIEW, ArticleStatus.SCHEDULED, ArticleStatus.DRAFT)) {
            long count = account.role().edits()
                    ? editing.count(status)
                    : editing.list(account, new ArticleFilter(status, null, null, null, 1, 1))
                            .total();
            counts.add(new Views.Panel(
                    t.lookup("status." + status.name()), count, "/toa-soan/bai-viet?trang-thai=" + status.name()));
        }
        for (DashboardPanel panel : panels.orderedStream().toList()) {
            if (panel.roles().isEmpty() || panel.roles().contains(account.role().name())) {
                counts.add(new Views.Panel(t.lookup(panel.title()), panel.count(), panel.url()));
            }
        }
        var rows = new ArticleRows(sections, t);
        model.addAttribute(
                "page",
                new Views.DashboardView(
                        desk.layout(request, "nav.dashboard", "/toa-soan"),
                        counts,
                        rows.of(editing.list(
                                        account, new ArticleFilter(ArticleStatus.IN_REVIEW, null, null, null, 1, 10))
                                .items()),
                        rows.of(editing.list(
                                        account, new ArticleFilter(ArticleStatus.SCHEDULED, null, null, null, 1, 10))
                                .items()),
                        rows.of(editing.list(account, new ArticleFilter(null, null, account.id(), null, 1, 8))
                                .items()),
                        editing.mostRead(1, 10),
                        editing.mostRead(7, 10)));
        return "newsroom/dashboard";
    }
}
