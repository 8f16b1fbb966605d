package vn.toasoan.newsroom.articles;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.toasoan.accounts.Account;
import vn.toasoan.articles.ArticleEditing;
import vn.toasoan.articles.EditorialNote;
import vn.toasoan.articles.EditorialNotes;
import vn.toasoan.articles.WorkingCopies;
import vn.toasoan.newsroom.Desk;
import vn.toasoan.newsroom.Text;
import vn.toasoan.platform.VietnamTime;

/** Builds the editor's {@link WorkflowPanel} and the notes the history page shows. */
@Component
class WorkflowViews {

    private final Desk desk;
    private final ArticleEditing editing;
    private final EditorialNotes notes;
    private final WorkingCopies workingCopies;

    WorkflowViews(Desk desk, ArticleEditing editing, EditorialNotes notes, WorkingCopies workingCopies) {
        this.desk = desk;
        this.editing = editing;
        this.notes = notes;
        this.workingCopies = workingCopies;
    }

    WorkflowPanel panel(Account account, ArticleViews.EditorView page) {
        Text t = desk.text();
        Long id = page.id();
        var copy = page.editable()
                ? workingCopies
                        .find(account, id)
                        .map(c -> new WorkflowPanel.WorkingCopyOffer(
                                VietnamTime.shortDateTime(c.savedAt()),
                                c.fields(),
                                id != null
                                        && page.form().version() != null
                                        && c.baseVersion() < page.form().version()))
                        .orElse(null)
                : null;
        boolean publishes = page.editable()
                && page.transitions().stream()
                        .anyMatch(b -> b.value().equals("PUBLISH") || b.value().equals("SCHEDULE"));
        boolean returns = page.transitions().stream().anyMatch(b -> b.value().equals("RETURN_TO_DRAFT"));
        return new WorkflowPanel(
                id,
                id == null ? List.of() : notes(account, id),
                copy,
                publishes ? acknowledgements(t, page.warnings()) : List.of(),
                returns && page.editable() && !editing.get(account, id).writtenBy(account.id()));
    }

    List<WorkflowPanel.Note> notes(Account account, long articleId) {
        return notes.notes(account, articleId).stream()
                .map(n -> new WorkflowPanel.Note(
                        n.author(),
                        VietnamTime.shortDateTime(n.createdAt()),
                        n.body(),
                        n.kind() == EditorialNote.Kind.RETURN))
                .toList();
    }

    private static List<WorkflowPanel.Acknowledgement> acknowledgements(Text t, List<ArticleViews.Warning> warnings) {
        Map<String, List<ArticleViews.Warning>> byCode = new LinkedHashMap<>();
        for (ArticleViews.Warning w : warnings) {
            byCode.computeIfAbsent(w.code(), c -> new ArrayList<>()).add(w);
        }
        List<WorkflowPanel.Acknowledgement> rows = new ArrayList<>();
        byCode.forEach((code, list) -> rows.add(new WorkflowPanel.Acknowledgement(
                code,
                t.lookupOr("articles.check." + code, code),
                list.stream().map(ArticleViews.Warning::message).toList(),
                list.stream().anyMatch(ArticleViews.Warning::blocking))));
        return rows;
    }
}
