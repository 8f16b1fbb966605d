package vn.toasoan.articles;

import java.util.List;

/** Publishing refused: checks that the administrator made blocking found something. */
public class BlockedByChecksException extends RuntimeException {

    private final List<ArticleWarning> blocking;

    BlockedByChecksException(String message, List<ArticleWarning> blocking) {
        super(message);
        this.blocking = List.copyOf(blocking);
    }

    public List<ArticleWarning> blocking() {
        return blocking;
    }
}
