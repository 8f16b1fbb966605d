package vn.toasoan.articles;

import java.time.Clock;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.toasoan.accounts.Account;
import vn.toasoan.platform.AuditEvent;

/**
 * "Ảnh đại diện": which of an article's photos the home page, section pages and shares show, and the focal point that a
 * cropped card keeps in view. Kept beside the text rather than in its revisions: choosing a crop is not a new version
 * of what the article says, and readers' "Cập nhật" time does not move for it.
 */
@Service
public class LeadPhotos {

    private final ArticleEditing editing;
    private final JdbcClient jdbc;
    private final ArticleText text;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    LeadPhotos(
            ArticleEditing editing, JdbcClient jdbc, ArticleText text, ApplicationEventPublisher events, Clock clock) {
        this.editing = editing;
        this.jdbc = jdbc;
        this.text = text;
        this.events = events;
        this.clock = clock;
    }

    /** Chooses one of the article's photos as its lead, with the focal point in percent (clamped to 0–100). */
    @Transactional
    public WorkingArticle choose(Account account, long id, UUID imageId, int focusX, int focusY) {
        WorkingArticle article = editing.get(account, id);
        if (!ArticleRights.canEdit(account, article)) {
            throw new AccessDeniedException(text.get("articles.lead.notYours"));
        }
        boolean inArticle = article.article().figures().stream()
                .anyMatch(f -> f.image() != null && f.image().id().equals(imageId));
        if (!inArticle) {
            throw new ArticleInvalidException(text.get("articles.lead.notInArticle"));
        }
        LeadPhoto lead = new LeadPhoto(imageId, focusX, focusY);
        jdbc.sql("""
                        UPDATE articles SET lead_image_id = ?, lead_focus_x = ?, lead_focus_y = ?,
                               modified_at = ?, modified_by = ?
                        WHERE id = ?""")
                .params(
                        lead.imageId(),
                        lead.focusX(),
                        lead.focusY(),
                        ArticleRepository.utc(clock.instant()),
                        account.email(),
                        id)
                .update();
        events.publishEvent(new AuditEvent(
                account.email(),
                "article.lead-photo",
                "article",
                String.valueOf(id),
                text.vi("articles.audit.leadPhoto", imageId, lead.focusX(), lead.focusY())));
        events.publishEvent(new ArticleChanged(id));
        return editing.get(account, id);
    }
}
