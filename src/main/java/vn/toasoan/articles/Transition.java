package vn.toasoan.articles;

import java.util.EnumSet;
import java.util.Set;
import vn.toasoan.accounts.Role;

/**
 * The moves of the editorial workflow, and who may make them. The same rules stand behind the newsroom's buttons and
 * the JSON API.
 *
 * <pre>
 * transition       from                                   to           reporter    editor, admin
 * SUBMIT           DRAFT                                  IN_REVIEW    own         yes
 * RETURN_TO_DRAFT  IN_REVIEW, UNPUBLISHED                 DRAFT        own, from IN_REVIEW   yes
 * SCHEDULE         DRAFT, IN_REVIEW, UNPUBLISHED          SCHEDULED    no          yes
 * UNSCHEDULE       SCHEDULED                              IN_REVIEW    no          yes
 * PUBLISH          DRAFT, IN_REVIEW, SCHEDULED, UNPUBL.   PUBLISHED    no          yes
 * UNPUBLISH        PUBLISHED                              UNPUBLISHED  no          yes
 * </pre>
 */
public enum Transition {
    SUBMIT(EnumSet.of(ArticleStatus.DRAFT), ArticleStatus.IN_REVIEW, true),
    RETURN_TO_DRAFT(EnumSet.of(ArticleStatus.IN_REVIEW, ArticleStatus.UNPUBLISHED), ArticleStatus.DRAFT, true),
    SCHEDULE(
            EnumSet.of(ArticleStatus.DRAFT, ArticleStatus.IN_REVIEW, ArticleStatus.UNPUBLISHED),
            ArticleStatus.SCHEDULED,
            false),
    UNSCHEDULE(EnumSet.of(ArticleStatus.SCHEDULED), ArticleStatus.IN_REVIEW, false),
    PUBLISH(
            EnumSet.of(
                    ArticleStatus.DRAFT, ArticleStatus.IN_REVIEW, ArticleStatus.SCHEDULED, ArticleStatus.UNPUBLISHED),
            ArticleStatus.PUBLISHED,
            false),
    UNPUBLISH(EnumSet.of(ArticleStatus.PUBLISHED), ArticleStatus.UNPUBLISHED, false);

    private final Set<ArticleStatus> from;
    private final ArticleStatus to;
    private final boolean reporterOnOwn;

    Transition(Set<ArticleStatus> from, ArticleStatus to, boolean reporterOnOwn) {
        this.from = from;
        this.to = to;
        this.reporterOnOwn = reporterOnOwn;
    }

    public ArticleStatus to() {
        return to;
    }

    /** A time goes with this move: when to publish. */
    public boolean needsTime() {
        return this == SCHEDULE;
    }

    /** Readers lose sight of the article: the newsroom is asked before the move is made. */
    public boolean asksFirst() {
        return this == UNPUBLISH;
    }

    public boolean startsFrom(ArticleStatus status) {
        return from.contains(status);
    }

    /** Whether this role may make this move on an article in this status; {@code own}: the account wrote it. */
    public boolean allowed(Role role, boolean own, ArticleStatus status) {
        if (!startsFrom(status)) {
            return false;
        }
        if (role.edits()) {
            return true;
        }
        // a reporter takes back their own article from review, but never one that was published and taken down
        return reporterOnOwn && own && (this != RETURN_TO_DRAFT || status == ArticleStatus.IN_REVIEW);
    }

    /** For URLs and the API: {@code submit}, {@code return-to-draft}, … */
    public String slug() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public static java.util.Optional<Transition> bySlug(String slug) {
        for (Transition t : values()) {
            if (t.slug().equals(slug) || t.name().equalsIgnoreCase(slug)) {
                return java.util.Optional.of(t);
            }
        }
        return java.util.Optional.empty();
    }
}
