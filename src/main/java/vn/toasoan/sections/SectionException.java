package vn.toasoan.sections;

/** A change to sections that cannot be made; the message says why, in Vietnamese. */
public class SectionException extends RuntimeException {

    SectionException(String message) {
        super(message);
    }
}
