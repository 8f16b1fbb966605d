package vn.toasoan.newsroom;

/** The view model of each newsroom page: records the templates read, never entities. */
public final class Views {

    private Views() {}

    public record LoginView(NewsroomLayout layout, String email, String error, String notice) {}

    public record DeniedView(NewsroomLayout layout, String message, boolean signedIn) {}

    /** A count on the dashboard that leads somewhere. */
    public record Panel(String title, long count, String url) {}

    /**
     * @param statusClass for CSS: {@code draft}, {@code in-review}, …
     * @param publicUrl the reader site's address when published, else null
     */
    public record ArticleRow(
            long id,
            String title,
            String statusLabel,
            String statusClass,
            String sectionName,
            String author,
            String modified,
            String modifiedBy,
            String scheduled,
            String editUrl,
            String publicUrl) {}

    public record DashboardView(
            NewsroomLayout layout,
            java.util.List<Panel> panels,
            java.util.List<ArticleRow> inReview,
            java.util.List<ArticleRow> scheduled,
            java.util.List<ArticleRow> mine,
            java.util.List<vn.toasoan.articles.ReadCount> mostReadToday,
            java.util.List<vn.toasoan.articles.ReadCount> mostReadWeek) {}

    public record Option(String value, String label, boolean selected) {}

    public record Pagination(int page, int pages, long total, String previousUrl, String nextUrl) {}

    public record ArticleListView(
            NewsroomLayout layout,
            String text,
            java.util.List<Option> statuses,
            java.util.List<Option> sections,
            java.util.List<Option> authors,
            java.util.List<ArticleRow> rows,
            Pagination pagination) {}

    /**
     * A figure in the editor: the stored photo with its caption, credit and alt text.
     *
     * @param justUploaded uploaded with a save that failed: kept, so that it need not be uploaded again
     */
    public record FigureRow(
            int index,
            String imageId,
            vn.toasoan.media.Image image,
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
            java.util.List<FigureRow> figures,
            java.util.List<Option> sections,
            String statusLabel,
            String statusClass,
            java.util.List<TransitionButton> transitions,
            java.util.List<Warning> warnings,
            String publicUrl,
            String scheduledAt,
            String scheduleDefault,
            java.util.List<CorrectionRow> corrections,
            boolean canCorrect,
            Conflict conflict,
            String author,
            String modified,
            long accountId,
            boolean saved) {}

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
            java.util.List<RevisionRow> revisions) {}

    public record DiffView(
            NewsroomLayout layout,
            long id,
            String title,
            int from,
            int to,
            String fromInfo,
            String toInfo,
            java.util.List<vn.toasoan.articles.RevisionDiff.Field> fields,
            boolean changed,
            int version,
            boolean canRestore) {}

    public record SectionsView(NewsroomLayout layout, java.util.List<vn.toasoan.sections.Section> sections) {}

    public record TagsView(
            NewsroomLayout layout, String text, java.util.List<vn.toasoan.articles.Tags.TagCount> tags) {}

    public record AccountRow(
            long id, String email, String name, String role, String roleLabel, boolean active, String lastLogin) {}

    public record AccountsView(
            NewsroomLayout layout, java.util.List<AccountRow> accounts, java.util.List<Option> roles) {}

    /** @param mustChange the password was generated or reset and must be replaced now */
    public record PasswordView(NewsroomLayout layout, boolean mustChange) {}

    public record CheckRow(String code, String label, boolean blocking) {}

    public record SettingsView(NewsroomLayout layout, java.util.List<CheckRow> checks) {}

    /** @param link the article's editor, when the entry is about an article */
    public record AuditRow(
            String at,
            String actor,
            String action,
            String actionLabel,
            String targetType,
            String targetLabel,
            String targetId,
            String link,
            String details) {}

    /** @param actions and {@code targetTypes}: the codes as values, in words as labels */
    public record AuditFilter(
            String actor,
            String targetId,
            String from,
            String to,
            java.util.List<Option> actions,
            java.util.List<Option> targetTypes) {}

    public record AuditView(
            NewsroomLayout layout, AuditFilter filter, java.util.List<AuditRow> entries, Pagination pagination) {}
}
