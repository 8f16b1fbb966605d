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
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Corrections(EditorialRepository repository, ArticleEditing editing, ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.editing = editing;
        this.events = events;
        this.clock = clock;
    }

    /** Adds the note; the article's "Cập nhật" time moves to now. */
    @Transactional
    public WorkingArticle add(Account account, long id, String note) {
        WorkingArticle article = editing.get(account, id);
        if (!account.role().edits()) {
            throw new AccessDeniedException("Chỉ biên tập viên mới được đính chính bài đã đăng.");
        }
        if (article.status() != ArticleStatus.PUBLISHED) {
            throw new WorkflowException("Chỉ đính chính được bài đã đăng.");
        }
        String clean = VietnameseText.nfc(note == null ? "" : note.strip());
        if (clean.isEmpty()) {
            throw new ArticleInvalidException("Cần nhập nội dung đính chính.");
        }
        if (clean.length() > MAX_LENGTH) {
            throw new ArticleInvalidException("Nội dung đính chính quá dài (tối đa 2.000 ký tự).");
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
