package vn.toasoan.articles;

import java.time.Instant;

/**
 * One note in an article's thread between its reporter and its editors ("Ghi chú biên tập"); never public.
 *
 * @param accountId who wrote it, or null when that account is gone
 * @param author their name as it was then
 */
public record EditorialNote(
        long id, long articleId, Long accountId, String author, Kind kind, String body, Instant createdAt) {

    public enum Kind {
        /** Written in the thread. */
        NOTE,
        /** The reason given when the article went back to draft. */
        RETURN
    }
}
