package vn.toasoan.articles;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.toasoan.accounts.Account;
import vn.toasoan.platform.AuditEvent;
import vn.toasoan.platform.VietnamTime;

/**
 * Moves articles through the workflow ({@link Transition}), for the newsroom's buttons and the API alike, and publishes
 * scheduled articles when their time comes.
 */
@Service
public class ArticleWorkflow {

    static final String SYSTEM = "system";

    private final EditorialRepository repository;
    private final NoteRepository notes;
    private final ArticleChecks checks;
    private final ArticleText text;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ArticleWorkflow(
            EditorialRepository repository,
            NoteRepository notes,
            ArticleChecks checks,
            ArticleText text,
            ApplicationEventPublisher events,
            Clock clock) {
        this.repository = repository;
        this.notes = notes;
        this.checks = checks;
        this.text = text;
        this.events = events;
        this.clock = clock;
    }

    /**
     * @param expectedVersion the version the person saw, or null when they did not see one (the API's publish)
     * @param scheduleAt for {@link Transition#SCHEDULE}: when to publish, in the future
     */
    public WorkingArticle apply(
            Account account, long id, Transition transition, Integer expectedVersion, Instant scheduleAt) {
        return apply(account, id, transition, expectedVersion, new MoveRequest(scheduleAt, Set.of(), null));
    }

    /**
     * Publishing and scheduling go past open warnings only when none blocks publishing and the person names every
     * other one as seen ({@link MoveRequest#acknowledged()}); the audit trail keeps which. Returning someone else's
     * article to draft needs a reason, which joins the article's editorial notes.
     *
     * @param expectedVersion the version the person saw, or null when they did not see one (the API's publish)
     * @throws OpenWarningsException when publishing or scheduling meets an open warning
     */
    @Transactional
    public WorkingArticle apply(
            Account account, long id, Transition transition, Integer expectedVersion, MoveRequest request) {
        WorkingArticle article = repository.find(id).orElseThrow(() -> new ArticleNotFoundException(id));
        if (!ArticleRights.canRead(account, article)) {
            throw new AccessDeniedException(text.get("articles.notYours"));
        }
        if (repository.inTrash(id)) {
            throw new WorkflowException(text.get("articles.trash.restoreFirst"));
        }
        if (!transition.startsFrom(article.status())) {
            throw new WorkflowException(text.get("articles.workflow.notFrom", move(transition), status(article)));
        }
        if (!transition.allowed(account.role(), article.writtenBy(account.id()), article.status())) {
            throw new AccessDeniedException(
                    text.get("articles.workflow.roleMayNot", move(transition), status(article)));
        }
        if (expectedVersion != null && expectedVersion != article.version()) {
            throw conflict(article);
        }
        Instant now = clock.instant();
        Instant publishedAt = article.article().publishedAt();
        Instant updatedAt = article.article().updatedAt();
        Instant scheduledAt = null;
        List<String> details = new ArrayList<>();
        switch (transition) {
            case PUBLISH -> {
                pastWarnings(checks.refuseOpen(article.article(), request.acknowledged()), details);
                publishedAt = publishedAt == null ? now : publishedAt;
                updatedAt = now;
            }
            case SCHEDULE -> {
                if (request.scheduleAt() == null || !request.scheduleAt().isAfter(now)) {
                    throw new WorkflowException(text.get("articles.workflow.scheduleInPast"));
                }
                List<ArticleWarning> past = checks.refuseOpen(article.article(), request.acknowledged());
                scheduledAt = request.scheduleAt();
                details.add(text.vi("articles.audit.scheduledFor", VietnamTime.shortDateTime(scheduledAt)));
                pastWarnings(past, details);
                notes.schedule(id, account.id(), codes(past));
            }
            case RETURN_TO_DRAFT -> {
                if (request.reason() == null && !article.writtenBy(account.id())) {
                    throw new ArticleInvalidException(text.get("articles.workflow.reasonRequired"));
                }
            }
            default -> {}
        }
        if (article.status() == ArticleStatus.SCHEDULED) {
            notes.unschedule(id);
        }
        move(article, transition.to(), publishedAt, updatedAt, scheduledAt, account.email(), now);
        if (transition == Transition.RETURN_TO_DRAFT && request.reason() != null) {
            String reason = notes(request.reason());
            notes.add(id, account.id(), account.displayName(), EditorialNote.Kind.RETURN, reason, now);
            details.add(text.vi("articles.audit.reason", reason));
        }
        events.publishEvent(new AuditEvent(
                account.email(),
                "article." + transition.name().toLowerCase(),
                "article",
                String.valueOf(id),
                text.vi(
                                "articles.audit.moved",
                                text.vi("articles.status." + article.status().name()),
                                text.vi("articles.status." + transition.to().name()))
                        + (details.isEmpty() ? "" : "; " + String.join("; ", details))));
        events.publishEvent(new ArticleMoved(
                id,
                article.article().title(),
                article.authorId(),
                transition,
                article.status(),
                transition.to(),
                account.id(),
                account.displayName(),
                transition == Transition.RETURN_TO_DRAFT ? request.reason() : null,
                null));
        return repository.find(id).orElseThrow();
    }

    /** A reason given with a move, held to a note's length. */
    private String notes(String reason) {
        String clean = vn.toasoan.vietnamese.VietnameseText.nfc(reason).strip();
        if (clean.codePointCount(0, clean.length()) > EditorialNotes.MAX_LENGTH) {
            throw new ArticleInvalidException(text.get("articles.note.tooLong", EditorialNotes.MAX_LENGTH));
        }
        return clean;
    }

    /** In the audit trail's words: which warnings the person published past, by name and code. */
    private void pastWarnings(List<ArticleWarning> past, List<String> details) {
        Set<String> codes = codes(past);
        if (codes.isEmpty()) {
            return;
        }
        List<String> named = new ArrayList<>();
        for (String code : codes) {
            named.add(label(code) + " (" + code + ")");
        }
        details.add(text.vi("articles.audit.pastWarnings", String.join(", ", named)));
    }

    private String label(String code) {
        try {
            return text.vi(Check.valueOf(code).labelKey());
        } catch (IllegalArgumentException unknown) {
            return code;
        }
    }

    private static Set<String> codes(List<ArticleWarning> warnings) {
        Set<String> codes = new TreeSet<>();
        warnings.forEach(w -> codes.add(w.code()));
        return codes;
    }

    /**
     * Publishes every scheduled article whose time has come, at its scheduled time. Runs every few seconds and right
     * after a start, so an article due while the site was down goes out at once.
     *
     * @return how many were published
     */
    @Transactional
    public int publishDue() {
        Instant now = clock.instant();
        int published = 0;
        for (long id : repository.lockDueScheduled(now)) {
            WorkingArticle article = repository.find(id).orElseThrow();
            NoteRepository.Schedule schedule = notes.schedule(id);
            Long scheduledBy = schedule == null ? null : schedule.accountId();
            List<ArticleWarning> warnings = checks.check(article.article());
            Set<String> blocking = checks.blockingCodes();
            // what blocks now, or a warning that appeared after it was scheduled and nobody has seen; an article
            // scheduled before acknowledgements were kept meets only what blocks, as it did then
            List<ArticleWarning> open = warnings.stream()
                    .filter(w -> blocking.contains(w.code())
                            || (schedule != null && !schedule.acknowledged().contains(w.code())))
                    .toList();
            notes.unschedule(id);
            if (!open.isEmpty()) {
                move(
                        article,
                        ArticleStatus.IN_REVIEW,
                        article.article().publishedAt(),
                        article.article().updatedAt(),
                        null,
                        SYSTEM,
                        now);
                String why = String.join(
                        "; ", open.stream().map(ArticleWarning::message).toList());
                events.publishEvent(new AuditEvent(
                        SYSTEM,
                        "article.schedule_failed",
                        "article",
                        String.valueOf(id),
                        text.vi("articles.audit.scheduleFailed", why)));
                events.publishEvent(moved(article, ArticleStatus.IN_REVIEW, why, scheduledBy));
                continue;
            }
            Instant at = article.scheduledAt();
            Instant publishedAt = article.article().publishedAt() == null
                    ? at
                    : article.article().publishedAt();
            move(article, ArticleStatus.PUBLISHED, publishedAt, at, null, SYSTEM, now);
            List<String> details = new ArrayList<>();
            details.add(text.vi("articles.audit.publishedOnSchedule", VietnamTime.shortDateTime(at)));
            pastWarnings(warnings, details);
            events.publishEvent(new AuditEvent(
                    SYSTEM, "article.publish", "article", String.valueOf(id), String.join("; ", details)));
            events.publishEvent(moved(article, ArticleStatus.PUBLISHED, null, scheduledBy));
            published++;
        }
        return published;
    }

    private static ArticleMoved moved(WorkingArticle article, ArticleStatus to, String reason, Long scheduledBy) {
        return new ArticleMoved(
                article.id(),
                article.article().title(),
                article.authorId(),
                null,
                ArticleStatus.SCHEDULED,
                to,
                null,
                SYSTEM,
                reason,
                scheduledBy);
    }

    private void move(
            WorkingArticle article,
            ArticleStatus to,
            Instant publishedAt,
            Instant updatedAt,
            Instant scheduledAt,
            String by,
            Instant now) {
        if (!repository.move(article.id(), article.version(), to, publishedAt, updatedAt, scheduledAt, by, now)) {
            throw conflict(repository.find(article.id()).orElseThrow());
        }
        events.publishEvent(new ArticleChanged(article.id()));
        if (to == ArticleStatus.PUBLISHED) {
            events.publishEvent(new ArticlePublished(article.id()));
        }
    }

    private ArticleConflictException conflict(WorkingArticle latest) {
        return new ArticleConflictException(text.get("articles.conflict", latest.modifiedBy()), latest, 0, null);
    }

    /** The move as a verb inside a sentence: "gửi duyệt". */
    private String move(Transition transition) {
        return text.transition(transition).toLowerCase(ArticleText.locale());
    }

    private String status(WorkingArticle article) {
        return text.status(article.status());
    }
}
