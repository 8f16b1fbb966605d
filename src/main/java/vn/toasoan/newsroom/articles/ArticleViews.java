package vn.toasoan.newsroom.articles;

import java.util.List;
import vn.toasoan.articles.LeadPhoto;
import vn.toasoan.articles.RevisionDiff;
import vn.toasoan.media.Image;
import vn.toasoan.newsroom.NewsroomLayout;
import vn.toasoan.newsroom.Views;

/** The view models of the article pages: the list, the editor, the history. */
public final class ArticleViews {

    private ArticleViews() {}

    /**
     * The article list.
     *
     * @param byPublished the range of days is of publish times, not of last changes
     * @param from as typed, {@code dd-MM-yyyy}
     * @param problems filters that could not be read, in words
     * @param sort the current sort's key, kept by the filter form
     * @param direction {@code tang} or {@code giam}
     */
    public record ArticleListView(
            NewsroomLayout layout,
            String text,
            List<Views.Option> statuses,
            List<Views.Option> sections,
            List<Views.Option> authors,
            boolean byPublished,
            String from,
            String to,
            List<String> problems,
            List<SortColumn> columns,
            String sort,
            String direction,
            List<ListRow> rows,
            Views.Pagination pagination) {

        public SortColumn column(String key) {
            return columns.stream().filter(c -> c.key().equals(key)).findFirst().orElseThrow();
        }
    }

    /** @param ariaSort {@code ascending} or {@code descending} on the column sorted by, else null */
    public record SortColumn(String key, String label, String url, String ariaSort) {}

    /**
     * A row of the article list; times as {@code dd-MM-yyyy HH:mm}, blank when the article has none.
     *
     * @param pendingComments waiting for an editor
     * @param publicUrl the reader site's address when published, else null
     */
    public record ListRow(
            long id,
            String title,
            String statusLabel,
            String statusClass,
            String sectionName,
            String author,
            String published,
            String scheduled,
            String modified,
            String modifiedBy,
            long views,
            long comments,
            long pendingComments,
            String editUrl,
            String publicUrl) {}

    /**
     * A figure in the editor: the stored photo with its caption, credit and alt text.
     *
     * @param justUploaded uploaded with a save that failed: kept, so that it need not be uploaded again
     */
    public record FigureRow(
            int index,
            String imageId,
            Image image,
            String caption,
            String credit,
            String alt,
            String position,
            boolean justUploaded) {}

    /** A check before publishing; {@code blocking} when the administrator made it stop publishing. */
    public record Warning(String code, String message, boolean blocking) {}

    /** @param confirm the question to ask before acting, or null to act at once */
    public record TransitionButton(String value, String label, boolean needsTime, boolean primary, String confirm) {}

    public record CorrectionRow(String at, String note) {}

    /** Someone else saved while this editor was open; what they did, and where this save was kept. */
    public record Conflict(String savedBy, String savedAt, int keptRevision, String compareUrl) {}

    /**
     * @param id null for a new article
     * @param editable false when this account may only look (a reporter's article in review, say)
     * @param accountId who is editing: text kept in the browser is kept per account, for shared newsroom computers
     * @param saved this page follows a save of the editor form, so the text kept in the browser is no longer needed
     */
    public record EditorView(
            NewsroomLayout layout,
            Long id,
            boolean editable,
            ArticleForm form,
            List<FigureRow> figures,
            List<Views.Option> sections,
            String statusLabel,
            String statusClass,
            List<TransitionButton> transitions,
            List<Warning> warnings,
            String publicUrl,
            String scheduledAt,
            String scheduleDefault,
            List<CorrectionRow> corrections,
            boolean canCorrect,
            Conflict conflict,
            String author,
            String modified,
            long accountId,
            boolean saved,
            LeadPhoto lead,
            boolean canDelete,
            boolean inTrash) {

        /** The photo that stands for the article now: the chosen one while it is in the article, else the first. */
        public String leadImageId() {
            return figures.stream()
                    .filter(f -> f.image() != null && f.image().id().equals(lead.imageId()))
                    .findFirst()
                    .or(() -> figures.stream().filter(f -> f.image() != null).findFirst())
                    .map(FigureRow::imageId)
                    .orElse(null);
        }

        /** What a figure's "Ảnh đại diện" button sends: its image and the focal point saved for it, or the centre. */
        public String leadValue(FigureRow figure) {
            boolean chosen = figure.image() != null && figure.image().id().equals(lead.imageId());
            return figure.imageId() + ":" + (chosen ? lead.focusX() : 50) + ":" + (chosen ? lead.focusY() : 50);
        }
    }

    /** An article in the trash ("Thùng rác"). */
    public record TrashRow(long id, String title, String statusLabel, String deletedAt, String deletedBy) {}

    public record TrashView(NewsroomLayout layout, List<TrashRow> rows, boolean canEmpty) {}

    /**
     * The preview of an article in the newsroom.
     *
     * @param frameUrl the reader's page of the article, as it stands, for the frame
     * @param link a link just made for someone without an account, or null
     * @param linkExpiry when that link stops opening, or null
     */
    public record PreviewView(
            NewsroomLayout layout,
            long id,
            String title,
            String statusLabel,
            String statusClass,
            String frameUrl,
            List<Views.Option> lifetimes,
            String link,
            String linkExpiry) {}

    /** @param current the revision the article holds now, which there is no point restoring */
    public record RevisionRow(
            int number,
            String kindLabel,
            String kind,
            String savedAt,
            String savedBy,
            String status,
            String title,
            boolean current) {}

    public record HistoryView(
            NewsroomLayout layout,
            long id,
            String title,
            int version,
            boolean canRestore,
            List<RevisionRow> revisions) {}

    public record DiffView(
            NewsroomLayout layout,
            long id,
            String title,
            int from,
            int to,
            String fromInfo,
            String toInfo,
            List<RevisionDiff.Field> fields,
            boolean changed,
            int version,
            boolean canRestore) {}
}
