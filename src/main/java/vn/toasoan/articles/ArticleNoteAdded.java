package vn.toasoan.articles;

/**
 * Someone wrote in an article's editorial notes: notifications tell the other side of the thread.
 *
 * @param authorId the account that wrote the article, or null
 * @param writers every account that has written in the thread, this note's writer included
 */
public record ArticleNoteAdded(
        long articleId,
        String title,
        Long authorId,
        long noteId,
        long writerId,
        String writerName,
        String body,
        java.util.Set<Long> writers) {}
