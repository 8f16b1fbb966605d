package vn.toasoan.articles;

import java.time.Instant;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import vn.toasoan.platform.FeatureException;
import vn.toasoan.platform.VietnamTime;

/**
 * Someone else saved the article after this editor opened it. Their save stands; this one is kept as a revision so
 * that nothing is lost, and the editor decides what to keep.
 *
 * @param current the article as the other person saved it
 * @param keptRevision the number of the revision that holds the refused save
 */
public class ArticleConflictException extends FeatureException {

    private final WorkingArticle current;
    private final int keptRevision;
    private final ArticleInput refused;

    ArticleConflictException(String message, WorkingArticle current, int keptRevision, ArticleInput refused) {
        super(
                message,
                HttpStatus.CONFLICT,
                "problem.articles.conflict",
                current.modifiedBy(),
                VietnamTime.updated(current.modifiedAt()),
                String.valueOf(current.version()),
                String.valueOf(keptRevision));
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

    @Override
    public Map<String, Object> properties() {
        return Map.of("currentVersion", current.version());
    }

    @Override
    public HttpHeaders headers() {
        var headers = new HttpHeaders();
        headers.setETag("\"" + current.version() + "\"");
        return headers;
    }
}
