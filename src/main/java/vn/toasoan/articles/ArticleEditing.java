package vn.toasoan.articles;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.toasoan.accounts.Account;
import vn.toasoan.media.Image;
import vn.toasoan.media.MediaStore;
import vn.toasoan.platform.AuditEvent;

/**
 * Writing and saving articles in the newsroom. Every save is a revision; a save based on an older version than the
 * stored one is refused (optimistic locking) and kept as a revision, so that nothing typed is lost.
 */
@Service
public class ArticleEditing {

    private final EditorialRepository repository;
    private final RevisionRepository revisions;
    private final WorkingCopyRepository workingCopies;
    private final ListingRepository lists;
    private final NewsroomListRepository newsroomLists;
    private final CopyDesk copyDesk;
    private final ArticleChecks checks;
    private final MediaStore media;
    private final ArticleText text;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ArticleEditing(
            EditorialRepository repository,
            RevisionRepository revisions,
            WorkingCopyRepository workingCopies,
            ListingRepository lists,
            NewsroomListRepository newsroomLists,
            CopyDesk copyDesk,
            ArticleChecks checks,
            MediaStore media,
            ArticleText text,
            ApplicationEventPublisher events,
            Clock clock) {
        this.repository = repository;
        this.revisions = revisions;
        this.workingCopies = workingCopies;
        this.lists = lists;
        this.newsroomLists = newsroomLists;
        this.copyDesk = copyDesk;
        this.checks = checks;
        this.media = media;
        this.text = text;
        this.events = events;
        this.clock = clock;
    }

    /** @throws AccessDeniedException when a reporter asks for someone else's article */
    public WorkingArticle get(Account account, long id) {
        WorkingArticle article = repository.find(id).orElseThrow(() -> new ArticleNotFoundException(id));
        return readable(account, article);
    }

    /** The articles among {@code ids}, in their order, each read as {@link #get} reads it. */
    List<WorkingArticle> getAll(Account account, List<Long> ids) {
        return repository.findAll(ids).stream().map(a -> readable(account, a)).toList();
    }

    private WorkingArticle readable(Account account, WorkingArticle article) {
        if (!ArticleRights.canRead(account, article)) {
            throw new AccessDeniedException(text.get("articles.notYours"));
        }
        return article;
    }

    /** Reporters' lists hold only their own articles, whatever the filter asks. */
    public Listing<WorkingSummary> list(Account account, ArticleFilter filter) {
        if (!account.role().edits()) {
            filter = filter.withAuthor(account.id());
        }
        return newsroomLists.list(filter);
    }

    public List<ArticleWarning> warnings(WorkingArticle article) {
        return checks.check(article.article());
    }

    public long count(ArticleStatus status) {
        return newsroomLists.countByStatus(status);
    }

    /** Views per article over the last {@code days} days in Vietnam time, most first. */
    public List<ReadCount> mostRead(int days, int limit) {
        return lists.readCounts(LocalDate.now(clock).minusDays(days - 1L), limit);
    }

    @Transactional
    public WorkingArticle create(Account account, ArticleInput input) {
        CleanArticle clean = copyDesk.clean(input);
        media.keep(CopyDesk.imageIds(clean.figures()));
        Instant now = clock.instant();
        long id = repository.insertDraft(clean, account.id(), account.email(), now);
        revisions.addRevision(id, RevisionKind.CREATE, now, account.email(), ArticleStatus.DRAFT, clean);
        workingCopies.delete(account.id(), null);
        events.publishEvent(new AuditEvent(
                account.email(), "article.create", "article", String.valueOf(id), "\"" + clean.title() + "\""));
        events.publishEvent(new ArticleChanged(id));
        return repository.find(id).orElseThrow();
    }

    /**
     * @param expectedVersion the version the editor was opened on
     * @throws ArticleConflictException when someone saved in between; this save is then kept as a revision
     * @throws BlockedByChecksException when the article is published and the change fails a blocking check
     */
    @Transactional(noRollbackFor = ArticleConflictException.class)
    public WorkingArticle save(Account account, long id, int expectedVersion, ArticleInput input) {
        return save(account, id, expectedVersion, input, RevisionKind.SAVE);
    }

    /** Saves an earlier revision's content as the newest one. */
    @Transactional(noRollbackFor = ArticleConflictException.class)
    public WorkingArticle restore(Account account, long id, int revision, int expectedVersion) {
        Revision old = revisions
                .revision(id, revision)
                .orElseThrow(() -> new ArticleInvalidException(text.get("articles.noRevision", revision)));
        return save(account, id, expectedVersion, old.content().toInput(), RevisionKind.RESTORE);
    }

    private WorkingArticle save(Account account, long id, int expectedVersion, ArticleInput input, RevisionKind kind) {
        WorkingArticle current = get(account, id);
        if (!ArticleRights.canEdit(account, current)) {
            throw new AccessDeniedException(text.get("articles.cannotEdit", text.status(current.status())));
        }
        CleanArticle clean = copyDesk.clean(input);
        CleanArticle before = CleanArticle.of(current.article());
        boolean published = current.status() == ArticleStatus.PUBLISHED;
        boolean publicChange = published && !Changes.sameForReaders(before, clean);
        if (kind == RevisionKind.SAVE
                && expectedVersion == current.version()
                && Changes.sameForReaders(before, clean)
                && before.seoDescription().equals(clean.seoDescription())) {
            workingCopies.delete(account.id(), id);
            return current;
        }
        if (published) {
            refuseBlocked(current, clean);
        }
        // before the update: a save refused as a conflict is kept as a revision, and its photos with it
        media.keep(CopyDesk.imageIds(clean.figures()));
        Instant now = clock.instant();
        if (!repository.update(id, expectedVersion, clean, account.email(), now, publicChange)) {
            WorkingArticle latest = repository.find(id).orElseThrow(() -> new ArticleNotFoundException(id));
            int kept = revisions.addRevision(id, RevisionKind.CONFLICT, now, account.email(), latest.status(), clean);
            events.publishEvent(new AuditEvent(
                    account.email(),
                    "article.conflict",
                    "article",
                    String.valueOf(id),
                    text.vi("articles.audit.conflict", latest.modifiedBy(), String.valueOf(kept))));
            throw new ArticleConflictException(
                    text.get("articles.conflict", latest.modifiedBy()), latest, kept, clean.toInput());
        }
        revisions.addRevision(id, kind, now, account.email(), current.status(), clean);
        // what was typed is saved now: the saver's working copy has served; other people's stay theirs
        workingCopies.delete(account.id(), id);
        events.publishEvent(new AuditEvent(
                account.email(),
                kind == RevisionKind.RESTORE ? "article.restore" : "article.update",
                "article",
                String.valueOf(id),
                Changes.describe(before, clean, text)));
        events.publishEvent(new ArticleChanged(id));
        if (publicChange) {
            events.publishEvent(new ArticlePublished(id));
        }
        return repository.find(id).orElseThrow();
    }

    /**
     * What readers already see must stay as clean as publishing demands: a save of a published article meets the same
     * blocking checks as publishing it.
     */
    private void refuseBlocked(WorkingArticle current, CleanArticle clean) {
        Article before = current.article();
        Map<UUID, Image> images = media.findAll(CopyDesk.imageIds(clean.figures()));
        Article after = new Article(
                before.id(),
                clean.sectionId(),
                clean.title(),
                clean.slug(),
                clean.sapo(),
                clean.body(),
                clean.byline(),
                clean.seoDescription(),
                before.status(),
                before.publishedAt(),
                before.updatedAt(),
                before.version(),
                clean.figures().stream()
                        .map(f -> new Figure(
                                f.position(),
                                f.imageId() == null ? null : images.get(f.imageId()),
                                f.caption(),
                                f.credit(),
                                f.alt()))
                        .toList(),
                clean.tags(),
                before.corrections());
        checks.refuseBlocked(after);
    }
}
