package vn.toasoan.articles;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
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
    private final ArticleChecks checks;
    private final ArticleText text;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ArticleWorkflow(
            EditorialRepository repository,
            ArticleChecks checks,
            ArticleText text,
            ApplicationEventPublisher events,
            Clock clock) {
        this.repository = repository;
        this.checks = checks;
        this.text = text;
        this.events = events;
        this.clock = clock;
    }

    /**
     * @param expectedVersion the version the person saw, or null when they did not see one (the API's publish)
     * @param scheduleAt for {@link Transition#SCHEDULE}: when to publish, in the future
     */
    @Transactional
    public WorkingArticle apply(
            Account account, long id, Transition transition, Integer expectedVersion, Instant scheduleAt) {
        WorkingArticle article = repository.find(id).orElseThrow(() -> new ArticleNotFoundException(id));
        if (!ArticleRights.canRead(account, article)) {
            throw new AccessDeniedException(text.get("articles.notYours"));
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
        String details = "";
        switch (transition) {
            case PUBLISH -> {
                checks.refuseBlocked(article.article());
                publishedAt = publishedAt == null ? now : publishedAt;
                updatedAt = now;
            }
            case SCHEDULE -> {
                if (scheduleAt == null || !scheduleAt.isAfter(now)) {
                    throw new WorkflowException(text.get("articles.workflow.scheduleInPast"));
                }
                checks.refuseBlocked(article.article());
                scheduledAt = scheduleAt;
                details = text.vi("articles.audit.scheduledFor", VietnamTime.shortDateTime(scheduleAt));
            }
            default -> {}
        }
        move(article, transition.to(), publishedAt, updatedAt, scheduledAt, account.email(), now);
        events.publishEvent(new AuditEvent(
                account.email(),
                "article." + transition.name().toLowerCase(),
                "article",
                String.valueOf(id),
                text.vi(
                                "articles.audit.moved",
                                text.vi("articles.status." + article.status().name()),
                                text.vi("articles.status." + transition.to().name()))
                        + (details.isEmpty() ? "" : "; " + details)));
        return repository.find(id).orElseThrow();
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
            List<ArticleWarning> blocking = checks.blocking(checks.check(article.article()));
            if (!blocking.isEmpty()) {
                move(
                        article,
                        ArticleStatus.IN_REVIEW,
                        article.article().publishedAt(),
                        article.article().updatedAt(),
                        null,
                        SYSTEM,
                        now);
                events.publishEvent(new AuditEvent(
                        SYSTEM,
                        "article.schedule_failed",
                        "article",
                        String.valueOf(id),
                        text.vi(
                                "articles.audit.scheduleFailed",
                                String.join(
                                        "; ",
                                        blocking.stream()
                                                .map(ArticleWarning::message)
                                                .toList()))));
                continue;
            }
            Instant at = article.scheduledAt();
            Instant publishedAt = article.article().publishedAt() == null
                    ? at
                    : article.article().publishedAt();
            move(article, ArticleStatus.PUBLISHED, publishedAt, at, null, SYSTEM, now);
            events.publishEvent(new AuditEvent(
                    SYSTEM,
                    "article.publish",
                    "article",
                    String.valueOf(id),
                    text.vi("articles.audit.publishedOnSchedule", VietnamTime.shortDateTime(at))));
            published++;
        }
        return published;
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
