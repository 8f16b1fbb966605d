package vn.toasoan.articles;

/** A file that is not an article page we can read; the message is for the operator, Vietnamese first. */
class PageImportException extends RuntimeException {

    PageImportException(String message) {
        super(message);
    }
}
