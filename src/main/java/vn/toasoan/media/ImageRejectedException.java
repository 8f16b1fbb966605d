package vn.toasoan.media;

/** An upload that is not an image we can use; the message says why, in Vietnamese. */
public class ImageRejectedException extends RuntimeException {

    ImageRejectedException(String message) {
        super(message);
    }
}
