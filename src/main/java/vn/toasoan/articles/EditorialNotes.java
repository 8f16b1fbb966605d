package vn.toasoan.articles;

import java.time.Clock;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.toasoan.accounts.Account;
import vn.toasoan.vietnamese.VietnameseText;

/**
 * An article's editorial notes ("Ghi chú biên tập"): the thread between its reporter and its editors, kept beside its
 * revisions and never shown to readers. Whoever may read the article may read and write in it.
 */
@Service
public class EditorialNotes {

    static final int MAX_LENGTH = 4_000;

    private final NoteRepository repository;
    private final ArticleEditing editing;
    private final ArticleText text;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EditorialNotes(
            NoteRepository repository,
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

    /** Oldest first. */
    public List<EditorialNote> notes(Account account, long articleId) {
        editing.get(account, articleId);
        return repository.notes(articleId);
    }

    @Transactional
    public EditorialNote add(Account account, long articleId, String body) {
        WorkingArticle article = editing.get(account, articleId);
        String clean = clean(body);
        if (clean.isEmpty()) {
            throw new ArticleInvalidException(text.get("articles.note.empty"));
        }
        long id = repository.add(
                articleId, account.id(), account.displayName(), EditorialNote.Kind.NOTE, clean, clock.instant());
        events.publishEvent(new ArticleNoteAdded(
                articleId,
                article.article().title(),
                article.authorId(),
                id,
                account.id(),
                account.displayName(),
                clean,
                repository.writers(articleId)));
        return repository.notes(articleId).stream()
                .filter(n -> n.id() == id)
                .findFirst()
                .orElseThrow();
    }

    /** NFC, trimmed, and no longer than a note may be. */
    String clean(String body) {
        String clean = VietnameseText.nfc(body == null ? "" : body).strip();
        if (clean.codePointCount(0, clean.length()) > MAX_LENGTH) {
            throw new ArticleInvalidException(text.get("articles.note.tooLong", MAX_LENGTH));
        }
        return clean;
    }
}
