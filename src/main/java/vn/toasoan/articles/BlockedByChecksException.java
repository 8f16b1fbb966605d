package vn.toasoan.articles;

import java.util.List;

/** Publishing refused: checks that the administrator made blocking found something. */
public class BlockedByChecksException extends RuntimeException {

    private final List<ArticleWarning> blocking;

    BlockedByChecksException(List<ArticleWarning> blocking) {
        super("Chưa thể đăng: cần sửa " + blocking.size() + " lỗi bắt buộc trước khi đăng: "
                + String.join(
                        "; ", blocking.stream().map(ArticleWarning::message).toList()));
        this.blocking = List.copyOf(blocking);
    }

    public List<ArticleWarning> blocking() {
        return blocking;
    }
}
