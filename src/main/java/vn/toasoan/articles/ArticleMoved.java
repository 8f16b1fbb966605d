package vn.toasoan.articles;

/**
 * An article moved in the workflow, by someone or at its scheduled time: notifications tell the people concerned.
 *
 * @param authorId the account that wrote it, or null for imported and demo articles
 * @param transition the move someone made, or null when the schedule moved it
 * @param actorId who moved it, or null for the schedule
 * @param reason why it went back to draft, or why a scheduled article could not go out; null otherwise
 * @param scheduledBy for a move at the scheduled time: the account that scheduled it, or null
 */
public record ArticleMoved(
        long articleId,
        String title,
        Long authorId,
        Transition transition,
        ArticleStatus from,
        ArticleStatus to,
        Long actorId,
        String actorName,
        String reason,
        Long scheduledBy) {

    /** The schedule, not a person, made this move. */
    public boolean onSchedule() {
        return transition == null;
    }
}
