package vn.toasoan.frontpage;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.toasoan.accounts.Account;
import vn.toasoan.articles.Article;
import vn.toasoan.articles.ArticleChanged;
import vn.toasoan.articles.ArticleSummary;
import vn.toasoan.articles.Articles;
import vn.toasoan.platform.AuditEvent;
import vn.toasoan.platform.SiteChanged;
import vn.toasoan.platform.VietnamTime;
import vn.toasoan.sections.Section;
import vn.toasoan.sections.Sections;

/** The lead and featured stories editors place on the home page and on each section page. */
@Service
public class FrontPages {

    /** Featured stories a page shows beside its lead; the newest articles fill those nobody chose. */
    public static final int FEATURED_SLOTS = 4;

    static final String SYSTEM = "system";
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final FrontPageRepository repository;
    private final Articles articles;
    private final Sections sections;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    /** Read by every home and section page; other nodes see a change within seconds. */
    private final Cache<String, Optional<Curation>> stored =
            Caffeine.newBuilder().expireAfterWrite(Duration.ofSeconds(10)).build();

    FrontPages(
            FrontPageRepository repository,
            Articles articles,
            Sections sections,
            MessageSource messages,
            ApplicationEventPublisher events,
            Clock clock) {
        this.repository = repository;
        this.articles = articles;
        this.sections = sections;
        this.messages = messages;
        this.events = events;
        this.clock = clock;
    }

    /**
     * What is placed on the page now: nothing once it expired; only articles still published, and on a section page
     * only those still in the section.
     *
     * @param sectionId null for the home page
     */
    public Placed placed(Long sectionId) {
        Curation curation = stored(sectionId).orElse(Curation.NONE);
        if (curation.isEmpty() || expired(curation)) {
            return Placed.NOTHING;
        }
        List<Long> ids = new ArrayList<>();
        if (curation.lead() != null) {
            ids.add(curation.lead());
        }
        ids.addAll(curation.featured());
        Map<Long, ArticleSummary> found = new HashMap<>();
        for (ArticleSummary s : articles.publishedSummaries(ids)) {
            if (sectionId == null || s.sectionId() == sectionId) {
                found.put(s.id(), s);
            }
        }
        return new Placed(
                curation.lead() == null ? null : found.get(curation.lead()),
                curation.featured().stream()
                        .map(found::get)
                        .filter(Objects::nonNull)
                        .toList(),
                curation.expiresAt());
    }

    /** As it was last set, even after its expiry: for the newsroom, to say when it ended. */
    public Optional<Curation> stored(Long sectionId) {
        return stored.get(FrontPageRepository.page(sectionId), repository::find);
    }

    public boolean expired(Curation curation) {
        return curation.expiresAt() != null && !clock.instant().isBefore(curation.expiresAt());
    }

    /**
     * Places articles on a page, in place of what was there; an empty curation gives the page back to the newest
     * articles.
     *
     * @param sectionId null for the home page
     * @throws FrontPageRefusedException saying what cannot be placed
     * @throws AccessDeniedException unless the account edits (editors and administrators)
     */
    @Transactional
    public Placed set(Account actor, Long sectionId, Curation wanted) {
        if (!actor.role().edits()) {
            // a key: the API's problem and the newsroom's page word it in the reader's language
            throw new AccessDeniedException("frontpage.refused.role");
        }
        Section section = sectionId == null ? null : sections.byId(sectionId);
        String page = FrontPageRepository.page(sectionId);
        if (wanted.isEmpty()) {
            // the expiry of nothing placed means nothing: a page without articles is no page at all
            repository.delete(page);
            audit(actor.email(), "frontpage.clear", section, text("frontpage.audit.cleared"));
        } else {
            List<ArticleSummary> placed = check(section, wanted);
            repository.save(page, sectionId, wanted, actor.email(), clock.instant());
            audit(actor.email(), "frontpage.set", section, describe(wanted, placed));
        }
        stored.invalidate(page);
        events.publishEvent(new FrontPageChanged(sectionId));
        return placed(sectionId);
    }

    private List<ArticleSummary> check(Section section, Curation wanted) {
        if (wanted.featured().size() > FEATURED_SLOTS) {
            throw new FrontPageRefusedException(List.of(), "frontpage.refused.tooMany", FEATURED_SLOTS);
        }
        List<Long> ids = new ArrayList<>();
        if (wanted.lead() != null) {
            ids.add(wanted.lead());
        }
        ids.addAll(wanted.featured());
        Set<Long> seen = new HashSet<>();
        List<Long> repeated =
                ids.stream().filter(id -> !seen.add(id)).distinct().toList();
        if (!repeated.isEmpty()) {
            throw new FrontPageRefusedException(repeated, "frontpage.refused.repeated", list(repeated));
        }
        if (wanted.expiresAt() != null && !wanted.expiresAt().isAfter(clock.instant())) {
            throw new FrontPageRefusedException(List.of(), "frontpage.refused.expiryPast");
        }
        List<ArticleSummary> published = articles.publishedSummaries(ids);
        Set<Long> publishedIds = new LinkedHashSet<>();
        published.forEach(s -> publishedIds.add(s.id()));
        List<Long> notPublished =
                ids.stream().filter(id -> !publishedIds.contains(id)).toList();
        if (!notPublished.isEmpty()) {
            throw new FrontPageRefusedException(notPublished, "frontpage.refused.notPublished", list(notPublished));
        }
        if (section != null) {
            List<Long> elsewhere = published.stream()
                    .filter(s -> s.sectionId() != section.id())
                    .map(ArticleSummary::id)
                    .toList();
            if (!elsewhere.isEmpty()) {
                throw new FrontPageRefusedException(
                        elsewhere, "frontpage.refused.otherSection", list(elsewhere), section.name());
            }
        }
        return published;
    }

    /** Another node's placing, or this node's own as the feed brings it back. */
    @EventListener
    void on(SiteChanged change) {
        if (change.kind() == SiteChanged.Kind.FRONT_PAGE) {
            stored.invalidateAll();
        }
    }

    /**
     * After a change to an article commits: if it is placed somewhere and is no longer published, or left the
     * section of a section page it is placed on, it drops out of that page.
     */
    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(ArticleChanged event) {
        List<String> pages = repository.pagesHolding(event.articleId());
        if (pages.isEmpty()) {
            return;
        }
        Optional<Article> article = articles.find(event.articleId());
        for (String page : pages) {
            Long sectionId = page.equals(FrontPageRepository.HOME) ? null : Long.valueOf(page.substring(8));
            boolean stays = article.filter(Article::isPublished)
                    .filter(a -> sectionId == null || a.sectionId() == sectionId)
                    .isPresent();
            if (stays) {
                continue;
            }
            Curation before = repository.find(page).orElse(Curation.NONE);
            Curation after = new Curation(
                    event.articleId() == (before.lead() == null ? -1 : before.lead()) ? null : before.lead(),
                    before.featured().stream()
                            .filter(id -> id != event.articleId())
                            .toList(),
                    before.expiresAt());
            if (after.isEmpty()) {
                repository.delete(page);
            } else {
                repository.save(page, sectionId, after, SYSTEM, clock.instant());
            }
            stored.invalidate(page);
            audit(
                    SYSTEM,
                    "frontpage.drop",
                    sectionId == null ? null : sections.byId(sectionId),
                    text("frontpage.audit.dropped", event.articleId()));
            events.publishEvent(new FrontPageChanged(sectionId));
        }
    }

    private void audit(String actor, String action, Section section, String details) {
        events.publishEvent(new AuditEvent(
                actor, action, "frontpage", section == null ? FrontPageRepository.HOME : section.slug(), details));
    }

    private String describe(Curation wanted, List<ArticleSummary> placed) {
        Map<Long, String> titles = new HashMap<>();
        placed.forEach(s -> titles.put(s.id(), s.title()));
        String lead = wanted.lead() == null ? text("frontpage.audit.newest") : named(wanted.lead(), titles);
        String featured = wanted.featured().isEmpty()
                ? text("frontpage.audit.newest")
                : String.join(
                        ", ",
                        wanted.featured().stream().map(id -> named(id, titles)).toList());
        String expiry = wanted.expiresAt() == null
                ? text("frontpage.audit.noExpiry")
                : VietnamTime.shortDateTime(wanted.expiresAt());
        return text("frontpage.audit.set", lead, featured, expiry);
    }

    private static String named(long id, Map<Long, String> titles) {
        return "#" + id + " \"" + titles.getOrDefault(id, "") + "\"";
    }

    private static String list(List<Long> ids) {
        return String.join(", ", ids.stream().map(id -> "#" + id).toList());
    }

    /** The audit trail and the refusal's role text are kept in the paper's own language. */
    private String text(String key, Object... args) {
        return messages.getMessage(key, args.length == 0 ? null : args, VIETNAMESE);
    }
}
