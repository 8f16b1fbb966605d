package vn.toasoan.comments;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UnmarkedVietnameseTests {

    private final UnmarkedVietnamese detector = new UnmarkedVietnamese();

    @ParameterizedTest
    @ValueSource(
            strings = {
                "toi rat thich bai viet nay",
                "Bai viet hay qua, cam on tac gia",
                "Chinh quyen can som sua con duong nay truoc mua mua.",
                "Bài viết hay. toi dong y voi tac gia ve van de nay, mong tinh som giai quyet",
                "khong biet bao gio moi lam xong"
            })
    void unmarkedVietnameseIsRefused(String text) {
        assertThat(detector.isMissingDiacritics(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Tôi rất thích bài viết này, cảm ơn tác giả.",
                "Trong khi anh ra về thì trời mưa to.",
                "I think this is a great article, thank you for the report.",
                "Cảm ơn Nguyen Van An đã chia sẻ, rất bổ ích.",
                "Nguyen Van An",
                "Xem thêm tại https://example.com/bai-viet/tin-moi-nhat-hom-nay nhé",
                "Số điện thoại 0912 345 678, email mai.tran@example.vn",
                "Đồng ý! Very good job, keep going.",
                "ok",
                "Hà Nội 2024: 1.250.000 đồng"
            })
    void markedVietnameseEnglishNamesNumbersUrlsAndMixedTextPass(String text) {
        assertThat(detector.isMissingDiacritics(text)).isFalse();
    }

    @org.junit.jupiter.api.Test
    void aMostlyMarkedCommentWithOneUnmarkedSentenceIsFlaggedNotRefused() {
        String text = "Tôi rất đồng tình với ý kiến của tác giả về việc sửa đường ở xã Tân Phú. Con đường này đã"
                + " xuống cấp nhiều năm, người dân đi lại rất khó khăn. Mong chính quyền sớm vào cuộc. cam on toa soan nhieu";
        assertThat(detector.isMissingDiacritics(text)).isFalse();
        assertThat(detector.isPartlyUnmarked(text)).isTrue();
    }
}
