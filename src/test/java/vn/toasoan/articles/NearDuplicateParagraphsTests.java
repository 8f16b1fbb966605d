package vn.toasoan.articles;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NearDuplicateParagraphsTests {

    private static final String LONG = "Ủy ban nhân dân tỉnh yêu cầu các sở, ngành khẩn trương rà soát hồ sơ đất đai,"
            + " báo cáo kết quả trước ngày 15-4 để kịp trình Hội đồng nhân dân tại kỳ họp giữa năm.";

    @Test
    void aParagraphRepeatedWithOneExtraSpaceIsFound() {
        var pairs = NearDuplicateParagraphs.find(List.of(LONG, "Một đoạn khác hẳn.", LONG.replace("15-4", "15- 4")));

        assertThat(pairs).singleElement().isEqualTo(new int[] {0, 2});
    }

    @Test
    void aParagraphWithOneWordChangedIsStillANearDuplicate() {
        var pairs = NearDuplicateParagraphs.find(List.of(LONG, LONG.replace("khẩn trương", "nhanh chóng")));

        assertThat(pairs).hasSize(1);
    }

    @Test
    void paragraphsOnTheSameTopicAreNotDuplicates() {
        var pairs = NearDuplicateParagraphs.find(List.of(
                LONG,
                "Hội đồng nhân dân tỉnh sẽ xem xét báo cáo đất đai tại kỳ họp giữa năm, sau khi các sở gửi đủ hồ sơ.",
                "Người dân có thể theo dõi tiến độ trên cổng thông tin điện tử của tỉnh."));

        assertThat(pairs).isEmpty();
    }

    @Test
    void shortRepeatedLinesAreLeftAlone() {
        assertThat(NearDuplicateParagraphs.find(List.of("Tin liên quan", "Tin liên quan")))
                .isEmpty();
    }
}
