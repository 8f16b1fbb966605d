package vn.toasoan.articles;

import org.springframework.http.HttpStatus;
import vn.toasoan.platform.FeatureException;

public class ArticleNotFoundException extends FeatureException {

    public ArticleNotFoundException(long id) {
        super("Article not found: " + id, HttpStatus.NOT_FOUND, "problem.articles.notFound");
    }
}
