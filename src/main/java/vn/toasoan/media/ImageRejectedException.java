package vn.toasoan.media;

/** An image the pipeline will not take; the message says why, in Vietnamese, for whoever sent it. */
public class ImageRejectedException extends RuntimeException {

    /** Why: only {@link #BUSY} may pass by trying again later. */
    public enum Reason {
        NOT_AN_IMAGE,
        TOO_LARGE,
        BUSY
    }

    private final Reason reason;

    ImageRejectedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    static ImageRejectedException notAnImage(String name) {
        return new ImageRejectedException(
                Reason.NOT_AN_IMAGE,
                "Tệp \"" + name + "\" không phải là ảnh hoặc đã hỏng. Hãy tải lên ảnh JPEG, PNG, GIF hoặc WebP.");
    }

    static ImageRejectedException tooLarge(String name, int width, int height, long maxPixels) {
        return new ImageRejectedException(
                Reason.TOO_LARGE,
                "Ảnh \"" + name + "\" quá lớn (" + width + "×" + height + " điểm ảnh; tối đa " + maxPixels / 1_000_000
                        + " triệu điểm ảnh). Hãy thu nhỏ ảnh rồi tải lên lại.");
    }

    static ImageRejectedException busy(String name) {
        return new ImageRejectedException(
                Reason.BUSY,
                "Máy chủ đang bận xử lý các ảnh khác nên chưa nhận được ảnh \"" + name
                        + "\". Hãy đợi một lát rồi tải lên lại.");
    }
}
