package vn.toasoan.newsroom;

import java.util.List;
import vn.toasoan.articles.ReadCount;

/**
 * The view models of the shell's pages (login, dashboard, settings, audit log) and what the newsroom's rooms share:
 * options, pagination, article rows. Records the templates read, never entities.
 */
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
            List<Panel> panels,
            List<ArticleRow> inReview,
            List<ArticleRow> scheduled,
            List<ArticleRow> mine,
            List<ReadCount> mostReadToday,
            List<ReadCount> mostReadWeek) {}

    public record Option(String value, String label, boolean selected) {}

    public record Pagination(int page, int pages, long total, String previousUrl, String nextUrl) {}

    public record CheckRow(String code, String label, boolean blocking) {}

    public record SettingsView(NewsroomLayout layout, List<CheckRow> checks) {}

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
            String actor, String targetId, String from, String to, List<Option> actions, List<Option> targetTypes) {}

    public record AuditView(NewsroomLayout layout, AuditFilter filter, List<AuditRow> entries, Pagination pagination) {}
}
