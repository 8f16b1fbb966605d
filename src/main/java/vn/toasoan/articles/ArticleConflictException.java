package vn.toasoan.articles;

import java.time.Instant;

/**
 * Someone else saved the article after this editor opened it. Their save stands; this one is kept as a revision so
 * that nothing is lost, and the editor decides what to keep.
 *
 * @param current the article as the other person saved it
 * @param keptRevision the number of the revision that holds the refused save
 */
public class ArticleConflictException extends RuntimeException {

    private final WorkingArticle current;
    private final int keptRevision;
    private final ArticleInput refused;

    ArticleConflictException(String message, WorkingArticle current, int keptRevision, ArticleInput refused) {
        super(message);
        this.current = current;
        this.keptRevision = keptRevision;
        this.refused = refused;
    }

    public WorkingArticle current() {
        return current;
    }

    public int keptRevision() {
        return keptRevision;
    }

    public ArticleInput refused() {
        return refused;
    }

    public String savedBy() {
        return current.modifiedBy();
    }

    public Instant savedAt() {
        return current.modifiedAt();
    }
}
