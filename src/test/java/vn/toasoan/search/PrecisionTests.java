package vn.toasoan.search;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.toasoan.search.IndexedArticles.NOW;
import static vn.toasoan.search.IndexedArticles.article;
import static vn.toasoan.search.IndexedArticles.indexed;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.toasoan.platform.VietnamTime;
import vn.toasoan.support.ArticleBuilder;

/**
 * Only what the reader asked for: every word they typed, in the form they typed it, over articles full of
 * look-alike syllables (dương and đường, cành, cánh and cảnh, phạm and phẩm), as any Vietnamese paper is.
 */
class PrecisionTests {

    private static final long THOI_SU = 1;
    private static final long KINH_TE = 2;

    private final ArticleIndex index = ArticleIndex.inMemory();

    @BeforeEach
    void aPaperOfLookAlikes() {
        index(
                article(1)
                        .title("Tỉnh ủy Bình Dương triển khai nhiệm vụ năm mới")
                        .body("Hội nghị diễn ra tại thành phố Thủ Dầu Một.")
                        .section(THOI_SU)
                        .daysOld(40),
                article(2)
                        .title("Tuyên dương học sinh giỏi cấp huyện")
                        .body("Các em được tặng giấy khen và quà.")
                        .section(THOI_SU)
                        .daysOld(2),
                article(3)
                        .title("Nước đóng bình bán tràn lan")
                        .body("Nhiều cơ sở không có giấy phép.")
                        .section(KINH_TE)
                        .daysOld(3),
                article(4)
                        .title("Sửa chữa dọc đường liên xã")
                        .body("Người dân vui mừng vì đường mới rộng và bình yên hơn.")
                        .section(KINH_TE)
                        .daysOld(4),
                article(5)
                        .title("Ông Phạm Văn Cành nhận huy hiệu 40 năm tuổi Đảng")
                        .body("Lễ trao huy hiệu diễn ra ấm cúng tại nhà văn hóa thôn.")
                        .section(THOI_SU)
                        .daysOld(300),
                article(6)
                        .title("Cảnh sát xử lý vi phạm về sản phẩm giả")
                        .body("Văn bản xử phạt nêu rõ cánh đồng nơi cất giấu hàng.")
                        .section(KINH_TE)
                        .daysOld(1),
                article(7)
                        .title("Tỉa cành cây xanh trước mùa mưa bão")
                        .body("Công nhân phường Văn Miếu làm việc suốt đêm.")
                        .section(THOI_SU)
                        .daysOld(5));
    }

    @AfterEach
    void close() throws Exception {
        index.close();
    }

    @Test
    void aNameTypedWithMarksFindsThatNameOnly() {
        assertThat(ids("Bình Dương")).containsExactly(1L);
        assertThat(ids("Phạm Văn Cành")).containsExactly(5L);
    }

    @Test
    void aMarkedSyllableNeverFindsItsLookAlikes() {
        assertThat(ids("Dương")).containsExactlyInAnyOrder(1L, 2L);
        assertThat(ids("đường")).containsExactly(4L);
        assertThat(ids("Cành")).containsExactlyInAnyOrder(5L, 7L);
        assertThat(ids("cảnh")).containsExactly(6L);
        assertThat(ids("cánh")).containsExactly(6L);
        assertThat(ids("phẩm")).containsExactly(6L);
        assertThat(ids("Phạm")).containsExactlyInAnyOrder(5L, 6L);
    }

    @Test
    void theSameWordWithoutMarksFindsEveryFormTheNameFirst() {
        assertThat(ids("binh duong")).startsWith(1L).containsExactlyInAnyOrder(1L, 4L);
        assertThat(ids("duong")).containsExactlyInAnyOrder(1L, 2L, 4L);
        assertThat(ids("pham van canh")).startsWith(5L).containsExactlyInAnyOrder(5L, 6L);
    }

    @ParameterizedTest
    @ValueSource(strings = {"BÌNH DƯƠNG", "bình dương", "Bình Dương"})
    void caseDoesNotMatter(String typed) {
        assertThat(ids(typed)).containsExactly(1L);
    }

    @Test
    void decomposedInputIsTheSameWord() {
        assertThat(ids(Normalizer.normalize("Bình Dương", Normalizer.Form.NFD))).containsExactly(1L);
    }

    @Test
    void eitherPlaceOfTheToneMarkFindsTheOther() {
        index(
                article(20).title("Hoà giải thành ở xã Thuỷ Xuân").daysOld(6),
                article(21).title("Hòa giải viên giỏi của phường Thủy Biều").daysOld(7));

        assertThat(ids("hòa giải")).containsExactlyInAnyOrder(20L, 21L);
        assertThat(ids("hoà giải")).containsExactlyInAnyOrder(20L, 21L);
        assertThat(ids("Thủy Xuân")).containsExactly(20L);
    }

    @Test
    void aNameInsideALongerRunOfWordsIsFound() {
        index(article(30)
                .title("Lễ kỷ niệm ngày thành lập trường")
                .body("Thầy giáo Nguyễn Phạm Văn Cành Sơn đọc diễn văn khai mạc buổi lễ.")
                .daysOld(50));

        // the third has both words, apart ("cành" in the title, "Văn Miếu" in the body)
        assertThat(ids("Văn Cành")).hasSize(3).endsWith(7L).contains(5L, 30L);
        assertThat(ids("pham van canh")).contains(30L);
    }

    @Test
    void wordsSideBySideComeBeforeTheSameWordsApart() {
        index(
                article(40)
                        .title("Bình yên mùa lúa mới")
                        .body("Ông Dương kể chuyện làng.")
                        .daysOld(1),
                article(41)
                        .title("Chuyện làng quê")
                        .body("Về thăm Bình Dương những ngày cuối năm.")
                        .daysOld(900));

        assertThat(ids("Bình Dương")).containsExactly(1L, 41L, 40L);
    }

    @Test
    void everyWordMustBeInTheArticleHoweverLongTheQuery() {
        assertThat(ids("Phạm Văn Cành nhận huy hiệu 40 năm tuổi Đảng")).containsExactly(5L);
        assertThat(ids("Phạm Văn Cành nhận huy hiệu 40 năm tuổi Đảng Bình Dương"))
                .isEmpty();
    }

    @Test
    void theTotalCountsOnlyRealMatches() {
        assertThat(index.search(ReaderQuery.parse("Bình Dương"), NOW, 0, 10).total())
                .isEqualTo(1);
        assertThat(index.search(ReaderQuery.parse("Phạm Văn Cành"), NOW, 0, 10).total())
                .isEqualTo(1);
    }

    @Test
    void snippetsMarkTheWordAsTypedNotItsLookAlikes() {
        ArticleIndex.Hit hit =
                index.search(ReaderQuery.parse("đường"), NOW, 0, 10).hits().get(0);

        assertThat(hit.titleHtml()).isEqualTo("Sửa chữa dọc <mark>đường</mark> liên xã");
        assertThat(hit.snippetHtml()).contains("vì <mark>đường</mark> mới").doesNotContain("<mark>Dương");
    }

    @Test
    void aSectionFilterKeepsThatSectionsArticlesOnly() {
        var economy = new ArticleIndex.Filter(KINH_TE, null, null);

        assertThat(ids("duong", economy, ArticleIndex.Order.RELEVANCE)).containsExactly(4L);
        assertThat(index.count(ReaderQuery.parse("pham"), economy)).isEqualTo(1);
    }

    @Test
    void aDateRangeKeepsTheArticlesPublishedOnThoseDaysInVietnamTime() {
        LocalDate today = NOW.atZone(VietnamTime.ZONE).toLocalDate();
        var lastFiveDays =
                new Search.Request("", null, today.minusDays(4), today, ArticleIndex.Order.RELEVANCE, 1).filter();

        assertThat(ids("duong", lastFiveDays, ArticleIndex.Order.RELEVANCE)).containsExactlyInAnyOrder(2L, 4L);
        var untilAMonthAgo =
                new Search.Request("", null, null, today.minusDays(30), ArticleIndex.Order.RELEVANCE, 1).filter();
        assertThat(ids("duong", untilAMonthAgo, ArticleIndex.Order.RELEVANCE)).containsExactly(1L);
    }

    @Test
    void sortingByDatePutsTheNewestFirstWhateverTheScore() {
        assertThat(ids("binh duong", ArticleIndex.Filter.NONE, ArticleIndex.Order.DATE))
                .containsExactly(4L, 1L);
        assertThat(ids("pham", ArticleIndex.Filter.NONE, ArticleIndex.Order.DATE))
                .containsExactly(6L, 5L);
    }

    @Test
    void aMistypedWordIsCorrectedFromTheIndexsOwnWords() {
        assertThat(index.corrected(ReaderQuery.parse("Bình Duơng"))).hasValue(List.of("Bình", "dương"));
        assertThat(index.corrected(ReaderQuery.parse("tuyen duogn"))).hasValue(List.of("tuyen", "duong"));
        assertThat(index.corrected(ReaderQuery.parse("Bình Dương"))).isEmpty();
        assertThat(index.corrected(ReaderQuery.parse("xyzzyq"))).isEmpty();
    }

    private void index(ArticleBuilder... articles) {
        for (ArticleBuilder article : articles) {
            index.put(indexed(article));
        }
        index.commit();
    }

    private List<Long> ids(String typed) {
        return ids(typed, ArticleIndex.Filter.NONE, ArticleIndex.Order.RELEVANCE);
    }

    private List<Long> ids(String typed, ArticleIndex.Filter filter, ArticleIndex.Order order) {
        return index.search(ReaderQuery.parse(typed), filter, order, NOW, 0, 10).hits().stream()
                .map(ArticleIndex.Hit::id)
                .toList();
    }
}
