package vn.toasoan.articles;

import java.time.Clock;
import java.time.Instant;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.toasoan.accounts.Account;
import vn.toasoan.platform.AuditEvent;
import vn.toasoan.vietnamese.VietnameseText;

/** "Đính chính": dated notes an editor appends under a published article. */
@Service
public class Corrections {

    static final int MAX_LENGTH = 2000;

    private final EditorialRepository repository;
    private final ArticleEditing editing;
    private final ArticleText text;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Corrections(
            EditorialRepository repository,
            ArticleEditing editing,
            ArticleText text,
            ApplicationEventPublisher events,
            Clock clock) {
        this.repository = repository;
        this.editing = editing;
        this.text = text;
        this.events = events;
        this.clock = clock;
    }

    /** Adds the note; the article's "Cập nhật" time moves to now. */
    @Transactional
    public WorkingArticle add(Account account, long id, String note) {
        WorkingArticle article = editing.get(account, id);
        if (!account.role().edits()) {
            throw new AccessDeniedException(text.get("articles.correction.editorsOnly"));
        }
        if (article.status() != ArticleStatus.PUBLISHED) {
            throw new WorkflowException(text.get("articles.correction.publishedOnly"));
        }
        String clean = VietnameseText.nfc(note == null ? "" : note.strip());
        if (clean.isEmpty()) {
            throw new ArticleInvalidException(text.get("articles.correction.empty"));
        }
        if (clean.length() > MAX_LENGTH) {
            throw new ArticleInvalidException(text.get("articles.correction.tooLong"));
        }
        Instant now = clock.instant();
        repository.addCorrection(id, clean, now, account.email());
        repository.touchPublic(id, account.email(), now);
        events.publishEvent(
                new AuditEvent(account.email(), "article.correction", "article", String.valueOf(id), clean));
        events.publishEvent(new ArticlePublished(id));
        return repository.find(id).orElseThrow();
    }
}
