package vn.toasoan.articles;

/** A move the workflow does not allow from where the article stands; the message says why, in Vietnamese. */
public class WorkflowException extends RuntimeException {

    WorkflowException(String message) {
        super(message);
    }
}
