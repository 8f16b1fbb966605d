package vn.toasoan.comments;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import vn.toasoan.vietnamese.DiacriticsDetector;
import vn.toasoan.vietnamese.DiacriticsRestorer;

/** The form's rule as readers meet it: unmarked Vietnamese refused, everything else through. */
class VietnameseDiacriticsTests {

    private final VietnameseDiacritics check = new VietnameseDiacritics(
            new DiacriticsDetector(), new StaticListableBeanFactory().getBeanProvider(DiacriticsRestorer.class));

    @ParameterizedTest
    @ValueSource(
            strings = {
                "toi rat thich bai viet nay",
                "Bai viet hay qua, cam on tac gia",
                "Chinh quyen can som sua con duong nay truoc mua mua."
            })
    void unmarkedVietnameseIsRefused(String text) {
        assertThat(check.isMissingDiacritics(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Tôi rất thích bài viết này, cảm ơn tác giả.",
                "I think this is a great article, thank you for the report.",
                "Cảm ơn Nguyen Van An đã chia sẻ, rất bổ ích.",
                "Xem thêm tại https://example.com/bai-viet/tin-moi-nhat-hom-nay nhé",
                "Hà Nội 2024: 1.250.000 đồng"
            })
    void markedVietnameseEnglishNamesUrlsAndNumbersPass(String text) {
        assertThat(check.isMissingDiacritics(text)).isFalse();
    }

    @Test
    void oneUnmarkedSentenceInAMarkedCommentIsFlaggedNotRefused() {
        String text = "Tôi rất đồng tình với ý kiến của tác giả về việc sửa đường ở xã Tân Phú. Con đường này đã"
                + " xuống cấp nhiều năm, người dân đi lại rất khó khăn. Mong chính quyền sớm vào cuộc."
                + " cam on toa soan nhieu";
        assertThat(check.isMissingDiacritics(text)).isFalse();
        assertThat(check.isPartlyUnmarked(text)).isTrue();
    }

    @Test
    void withoutAModelThereIsNoSuggestion() {
        assertThat(check.suggest("toi rat thich bai viet nay")).isEmpty();
    }
}
