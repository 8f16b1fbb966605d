package vn.toasoan.articles;

/** The glossary's words for each status, for messages that reach people. */
final class ArticleStatusText {

    private ArticleStatusText() {}

    static String vi(ArticleStatus status) {
        return switch (status) {
            case DRAFT -> "Bản nháp";
            case IN_REVIEW -> "Chờ duyệt";
            case SCHEDULED -> "Hẹn giờ đăng";
            case PUBLISHED -> "Đã đăng";
            case UNPUBLISHED -> "Đã gỡ";
        };
    }
}
