package vn.toasoan.newsroom.articles;

import java.util.List;

/**
 * The editor's workflow side, beside {@link ArticleViews.EditorView}: the editorial notes, this account's working copy
 * to offer back, the warnings to acknowledge before publishing, and whether returning to draft asks for a reason.
 *
 * @param articleId null for a new article
 * @param notes oldest first
 * @param workingCopy this account's unsaved copy of this article, or null
 * @param acknowledgements the open warnings by code, when this account may publish or schedule; empty otherwise
 * @param reasonRequired returning to draft is offered, and needs a reason (the article is someone else's)
 */
public record WorkflowPanel(
        Long articleId,
        List<Note> notes,
        WorkingCopyOffer workingCopy,
        List<Acknowledgement> acknowledgements,
        boolean reasonRequired) {

    /** @param returned the reason given when the article went back to draft */
    public record Note(String author, String at, String body, boolean returned) {}

    /**
     * @param savedAt {@code dd-MM-yyyy HH:mm}
     * @param fields the form's fields by name, as JSON, for the editor's script to put back
     * @param olderThanArticle someone saved the article after this copy was begun
     */
    public record WorkingCopyOffer(String savedAt, String fields, boolean olderThanArticle) {}

    /**
     * One check's open warnings.
     *
     * @param blocking the administrator made it block publishing: it must be fixed, it cannot be acknowledged
     */
    public record Acknowledgement(String code, String label, List<String> messages, boolean blocking) {}

    public boolean anyBlocking() {
        return acknowledgements.stream().anyMatch(Acknowledgement::blocking);
    }
}
