package vn.toasoan.articles;

import org.springframework.http.HttpStatus;
import vn.toasoan.platform.FeatureException;

/** Input the newsroom cannot save as it is; the message says why, in Vietnamese. */
public class ArticleInvalidException extends FeatureException {

    ArticleInvalidException(String message, Object... arguments) {
        super(HttpStatus.BAD_REQUEST, message, arguments);
    }
}
