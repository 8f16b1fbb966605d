package vn.toasoan.articles;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.toasoan.accounts.Account;
import vn.toasoan.accounts.Role;
import vn.toasoan.platform.AuditEvent;

/**
 * "Thùng rác": deleting an article puts it here, off the site (a published one is unpublished first, a scheduled one
 * unscheduled) and out of the newsroom's lists, until someone restores it or an administrator empties the trash.
 */
@Service
public class ArticleTrash {

    private final ArticleEditing editing;
    private final ArticleWorkflow workflow;
    private final JdbcClient jdbc;
    private final EditorialRepository editorial;
    private final ArticleText text;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ArticleTrash(
            ArticleEditing editing,
            ArticleWorkflow workflow,
            JdbcClient jdbc,
            EditorialRepository editorial,
            ArticleText text,
            ApplicationEventPublisher events,
            Clock clock) {
        this.editing = editing;
        this.workflow = workflow;
        this.jdbc = jdbc;
        this.editorial = editorial;
        this.text = text;
        this.events = events;
        this.clock = clock;
    }

    /** An article in the trash. */
    public record Trashed(long id, String title, ArticleStatus status, Instant deletedAt, String deletedBy) {}

    /** Editors may delete any article; a reporter, only a draft of their own. */
    public static boolean canDelete(Account account, WorkingArticle article) {
        return account.role().edits() || (article.writtenBy(account.id()) && article.status() == ArticleStatus.DRAFT);
    }

    @Transactional
    public void delete(Account account, long id) {
        WorkingArticle article = editing.get(account, id);
        if (!canDelete(account, article)) {
            throw new AccessDeniedException(text.get("articles.trash.mayNot"));
        }
        if (article.status() == ArticleStatus.PUBLISHED) {
            workflow.apply(account, id, Transition.UNPUBLISH, null, (Instant) null);
        } else if (article.status() == ArticleStatus.SCHEDULED) {
            workflow.apply(account, id, Transition.UNSCHEDULE, null, (Instant) null);
        }
        int moved = jdbc.sql("UPDATE articles SET deleted_at = ?, deleted_by = ? WHERE id = ? AND deleted_at IS NULL")
                .params(ArticleRepository.utc(clock.instant()), account.email(), id)
                .update();
        if (moved > 0) {
            events.publishEvent(new AuditEvent(
                    account.email(),
                    "article.trash",
                    "article",
                    String.valueOf(id),
                    text.vi("articles.audit.trashed", article.article().title(), status(article.status()))));
            events.publishEvent(new ArticleChanged(id));
        }
    }

    @Transactional
    public void restore(Account account, long id) {
        if (!account.role().edits()) {
            throw new AccessDeniedException(text.get("articles.trash.editorsOnly"));
        }
        int restored = jdbc.sql(
                        "UPDATE articles SET deleted_at = NULL, deleted_by = NULL WHERE id = ? AND deleted_at IS NOT NULL")
                .param(id)
                .update();
        if (restored > 0) {
            events.publishEvent(new AuditEvent(
                    account.email(),
                    "article.restore-from-trash",
                    "article",
                    String.valueOf(id),
                    text.vi("articles.audit.untrashed")));
            events.publishEvent(new ArticleChanged(id));
        }
    }

    public boolean inTrash(long id) {
        return editorial.inTrash(id);
    }

    /** Newest first. */
    public List<Trashed> list(Account account) {
        if (!account.role().edits()) {
            throw new AccessDeniedException(text.get("articles.trash.editorsOnly"));
        }
        return jdbc.sql("""
                        SELECT id, title, status, deleted_at, deleted_by FROM articles
                        WHERE deleted_at IS NOT NULL ORDER BY deleted_at DESC, id DESC""")
                .query((rs, n) -> new Trashed(
                        rs.getLong("id"),
                        rs.getString("title"),
                        ArticleStatus.valueOf(rs.getString("status")),
                        ArticleRepository.instant(rs, "deleted_at"),
                        rs.getString("deleted_by")))
                .list();
    }

    /**
     * Deletes every article in the trash for good, with its revisions, notes and comments; administrators only.
     *
     * @return how many
     */
    @Transactional
    public int empty(Account account) {
        if (account.role() != Role.ADMIN) {
            throw new AccessDeniedException(text.get("articles.trash.adminsEmpty"));
        }
        List<String> gone = jdbc.sql("DELETE FROM articles WHERE deleted_at IS NOT NULL RETURNING id, title")
                .query((rs, n) -> {
                    events.publishEvent(new ArticleChanged(rs.getLong("id")));
                    return "#" + rs.getLong("id") + " " + rs.getString("title");
                })
                .list();
        if (!gone.isEmpty()) {
            events.publishEvent(new AuditEvent(
                    account.email(),
                    "article.trash-emptied",
                    "article",
                    "",
                    text.vi("articles.audit.trashEmptied", gone.size(), String.join("; ", gone))));
        }
        return gone.size();
    }

    private String status(ArticleStatus status) {
        return text.vi("articles.status." + status.name());
    }
}
