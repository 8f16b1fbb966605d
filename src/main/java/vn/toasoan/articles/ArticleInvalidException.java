package vn.toasoan.articles;

/** Input the newsroom cannot save as it is; the message says why, in Vietnamese. */
public class ArticleInvalidException extends RuntimeException {

    ArticleInvalidException(String message) {
        super(message);
    }
}
