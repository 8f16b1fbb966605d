package vn.toasoan.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static vn.toasoan.search.IndexedArticles.NOW;
import static vn.toasoan.search.IndexedArticles.article;
import static vn.toasoan.search.IndexedArticles.indexed;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import org.apache.lucene.store.LockObtainFailedException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.toasoan.support.ArticleBuilder;
import vn.toasoan.vietnamese.VietnameseText;

/** Which article a reader sees first, on an index in memory. */
class RankingTests {

    private final ArticleIndex index = ArticleIndex.inMemory();

    @AfterEach
    void close() throws Exception {
        index.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"pham van canh", "Phạm Văn Cành", "PHAM VAN CANH", "PHẠM VĂN CÀNH"})
    void theArticleNamingThePersonComesBeforeOnesWithTheSyllablesScattered(String typed) {
        index(
                article(1)
                        .title("Cảnh giác với hành vi vi phạm trong văn bản hợp đồng")
                        .sapo("Bên cạnh việc vi phạm, nhiều văn bản còn thiếu chữ ký.")
                        .body("Công an phường cảnh báo người dân về các văn bản giả mạo, vi phạm pháp luật.")
                        .daysOld(1),
                article(2)
                        .title("Hội nghị tổng kết đổi mới phương thức lãnh đạo")
                        .sapo("Đồng chí Phạm Văn Cành chủ trì hội nghị.")
                        .body("Tại hội nghị, đồng chí Phạm Văn Cành đã triển khai các văn bản của tỉnh.")
                        .daysOld(3000));

        // typed without marks, "canh" is also the "cảnh" of the first; typed with them, "Cành" is nowhere in it
        assertThat(ids(typed))
                .containsExactlyElementsOf(typed.equals(VietnameseText.fold(typed)) ? List.of(2L, 1L) : List.of(2L));
    }

    @Test
    void aNameInTheBodyBeatsTheSameSyllablesScatteredOverATitle() {
        everydayNews();
        index(
                article(1).title("Văn hóa làng nghề bên cánh đồng bị xâm phạm").daysOld(1),
                article(2)
                        .title("Tỉnh ủy triển khai kế hoạch năm 2017")
                        .body("Hội nghị diễn ra trong hai ngày. Đồng chí Phạm Văn Cành phát biểu chỉ đạo.")
                        .daysOld(900));

        assertThat(ids("pham van canh")).first().isEqualTo(2L);
    }

    @Test
    void wordsCloseTogetherInASapoBeatTheSameWordsApart() {
        index(
                article(1).title("Tin địa phương").sapo("Ông Cành, nguyên cán bộ Sở Văn hóa, bị xử phạt vi phạm."),
                article(2).title("Tin địa phương").sapo("Ông Phạm Văn Cành nhận Huy hiệu 40 năm tuổi Đảng."));

        assertThat(ids("pham canh")).containsExactly(2L, 1L);
    }

    @Test
    void decomposedQueryFindsTheSameArticle() {
        index(article(7).title("Ông Phạm Văn Cành thăm trường"));

        assertThat(ids(Normalizer.normalize("Phạm Văn Cành", Normalizer.Form.NFD)))
                .containsExactly(7L);
    }

    @Test
    void wordsTypedWithMarksFindThoseWordsOnlyAndWithoutMarksFindEveryForm() {
        index(
                article(1).title("Ông Bế Văn Thẩm giữ nghề rèn của bản").daysOld(1),
                article(2).title("Ông Bế Văn Thám giữ nghề rèn của bản").daysOld(2));

        assertThat(ids("Bế Văn Thám")).containsExactly(2L);
        assertThat(ids("Bế Văn Thẩm")).containsExactly(1L);
        assertThat(ids("be van tham")).containsExactlyInAnyOrder(1L, 2L);
        assertThat(ids("Bế Văn tham")).containsExactlyInAnyOrder(1L, 2L);
    }

    @Test
    void aTitleWeighsMoreThanASapoAndASapoMoreThanTheBody() {
        index(
                article(1)
                        .title("Tin nông nghiệp")
                        .body("Vụ mùa năm nay, nông dân trồng thanh long ruột đỏ.")
                        .daysOld(1),
                article(2)
                        .title("Tin nông nghiệp")
                        .sapo("Nông dân trồng thanh long ruột đỏ.")
                        .daysOld(2),
                article(3).title("Thanh long ruột đỏ được mùa").daysOld(3));

        assertThat(ids("thanh long")).containsExactly(3L, 2L, 1L);
    }

    @Test
    void theNewerOfTwoEqualMatchesComesFirst() {
        index(
                article(1).title("Bão số 5 đổ bộ vào đất liền").daysOld(30),
                article(2).title("Bão số 5 đổ bộ vào đất liền").daysOld(2),
                article(3).title("Bão số 5 đổ bộ vào đất liền").daysOld(400));

        assertThat(ids("bao so 5")).containsExactly(2L, 1L, 3L);
    }

    @Test
    void everyWordOfAShortQueryMustBeInTheArticle() {
        index(article(1).title("Canh chua cá lóc"), article(2).title("Ruộng lúa mùa thu"));

        assertThat(ids("canh lua")).isEmpty();
        assertThat(ids("canh chua")).containsExactly(1L);
    }

    @Test
    void bylineTagsAndCaptionsAreSearchable() {
        index(article(1).title("Lễ hội đua ghe ngo").byline("HỒ VĂN").caption("Đua ghe trên sông", "H.VĂN"));

        assertThat(ids("ho van")).containsExactly(1L);
    }

    @Test
    void snippetEscapesTheArticleTextAndMarksTheReadersWords() {
        index(article(1)
                .title("Cảnh báo <script> trong thư lừa đảo")
                .body("Thư giả mạo chứa <script>alert(\"x\")</script> & đường dẫn lạ.\n"
                        + "Ông Phạm Văn Cành khuyên người dân không bấm vào."));

        ArticleIndex.Hit hit = index.search(ReaderQuery.parse("pham van canh"), NOW, 0, 10)
                .hits()
                .get(0);

        assertThat(hit.snippetHtml()).contains("<mark>Phạm Văn Cành</mark>").doesNotContain("<script");
        assertThat(index.search(ReaderQuery.parse("script"), NOW, 0, 10)
                        .hits()
                        .get(0)
                        .snippetHtml())
                .contains("&lt;<mark>script</mark>&gt;alert(&quot;x&quot;)&lt;/<mark>script</mark>&gt; &amp;")
                .doesNotContain("<script");
        assertThat(index.search(ReaderQuery.parse("script"), NOW, 0, 10)
                        .hits()
                        .get(0)
                        .titleHtml())
                .isEqualTo("Cảnh báo &lt;<mark>script</mark>&gt; trong thư lừa đảo");
    }

    @Test
    void aLongBodyGivesAShortSnippetAroundTheMatch() {
        String filler = "Người dân trong xã tiếp tục chăm sóc vườn cây ăn trái sau mùa mưa. ".repeat(30);
        index(article(1).title("Tin xã").body(filler + "Hợp tác xã Tân Phú vừa nhận bằng khen. " + filler));

        String snippet = index.search(ReaderQuery.parse("tan phu"), NOW, 0, 10)
                .hits()
                .get(0)
                .snippetHtml();

        assertThat(snippet).contains("<mark>Tân Phú</mark>").startsWith("…").endsWith("…");
        assertThat(snippet.length()).isLessThan(Highlighter.SNIPPET_LENGTH * 2);
    }

    @Test
    void withoutAMatchInTheBodyTheSnippetIsTheMarkedSapo() {
        index(article(1)
                .title("Khánh thành cầu Bến Mây")
                .sapo("Cây cầu nối hai bờ sông <Lam>.")
                .body("Nội dung."));

        assertThat(index.search(ReaderQuery.parse("cau ben may"), NOW, 0, 10)
                        .hits()
                        .get(0)
                        .snippetHtml())
                .isEqualTo("Cây <mark>cầu</mark> nối hai bờ sông &lt;Lam&gt;.");
    }

    @Test
    void theSnippetComesFromTheSapoWhenOnlyTheSapoHasTheWordsTogether() {
        index(article(1)
                .title("Tàu hút cát trái phép")
                .sapo("Ba tàu neo gần cầu Bến Mây trong đêm.")
                .body("Tỉnh yêu cầu các huyện dẹp bến bãi trái phép; trời nhiều mây."));

        assertThat(index.search(ReaderQuery.parse("cau ben may"), NOW, 0, 10)
                        .hits()
                        .get(0)
                        .snippetHtml())
                .isEqualTo("Ba tàu neo gần <mark>cầu Bến Mây</mark> trong đêm.");
    }

    @Test
    void totalCountsEveryMatchAndPagesSliceThem() {
        for (int i = 1; i <= 25; i++) {
            index.put(indexed(
                    article(i).title("Giải bóng đá thiếu niên, trận " + i).daysOld(i)));
        }
        index.commit();

        ArticleIndex.Hits third = index.search(ReaderQuery.parse("bong da"), NOW, 20, 10);

        assertThat(third.total()).isEqualTo(25);
        assertThat(third.hits()).extracting(ArticleIndex.Hit::id).containsExactly(21L, 22L, 23L, 24L, 25L);
    }

    @Test
    void theTotalIsExactBeyondAThousand() {
        for (int i = 1; i <= 1_234; i++) {
            index.put(indexed(article(i).title("Thời tiết hôm nay, bản tin số " + i)));
        }
        index.commit();

        assertThat(index.search(ReaderQuery.parse("thoi tiet"), NOW, 0, 10).total())
                .isEqualTo(1_234);
        assertThat(index.search(ReaderQuery.parse("thoi tiet"), NOW, 0, 0).total())
                .isEqualTo(1_234);
    }

    @Test
    void aRemovedArticleIsNoLongerFound() {
        index(article(1).title("Giá lúa tăng"), article(2).title("Giá lúa giảm"));

        index.remove(1);
        index.commit();

        assertThat(ids("gia lua")).containsExactly(2L);
    }

    @Test
    void theIndexKnowsWhatItHolds() {
        assertThat(index.hasCurrentSchema()).isFalse();

        index(article(1).title("Giá lúa tăng"));

        assertThat(index.hasCurrentSchema()).isTrue();
        assertThat(index.fingerprints())
                .containsOnly(entry(indexed(article(1).title("Giá lúa tăng")).fingerprint(), 1L));
    }

    @Test
    void aDamagedIndexIsReplacedByAnEmptyOneAndALockedOneIsLeftAlone(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("segments_1"), "not an index");

        try (ArticleIndex reopened = ArticleIndex.open(dir)) {
            assertThat(reopened.size()).isZero();
            assertThat(reopened.hasCurrentSchema()).isFalse();
            reopened.put(indexed(article(1).title("Giá lúa tăng")));
            reopened.commit();

            assertThatThrownBy(() -> ArticleIndex.open(dir)).hasCauseInstanceOf(LockObtainFailedException.class);
            assertThat(reopened.size()).isOne();
        }
    }

    /**
     * Articles where "văn", "phạm", "cạnh" and their look-alikes are everyday syllables, as they are in any Vietnamese
     * paper, none of them naming Phạm Văn Cành.
     */
    private void everydayNews() {
        String[] sentences = {
            "Sở Văn hóa tổ chức triển lãm ảnh", "Xử lý nghiêm vi phạm giao thông", "Nông dân canh tác lúa vụ đông",
            "Sản phẩm OCOP được giá", "Vấn đề rác thải ở chợ", "Bên cạnh đó, huyện vẫn thiếu giáo viên",
            "Cánh đồng mẫu lớn cho năng suất cao", "Văn bản mới về phí cầu đường",
                    "Cảnh sát giao thông tăng cường tuần tra",
            "Phạm vi dự án mở rộng thêm hai xã", "Hội Văn nghệ dân gian ra mắt sách", "Canh chua cá lóc món quê"
        };
        for (int i = 0; i < sentences.length; i++) {
            index.put(indexed(article(100 + i)
                    .title(sentences[i])
                    .body(sentences[(i + 1) % sentences.length] + ". " + sentences[(i + 5) % sentences.length] + ".")
                    .daysOld(10 + i)));
        }
    }

    private void index(ArticleBuilder... articles) {
        for (ArticleBuilder article : articles) {
            index.put(indexed(article));
        }
        index.commit();
    }

    private List<Long> ids(String typed) {
        return index.search(ReaderQuery.parse(typed), NOW, 0, 10).hits().stream()
                .map(ArticleIndex.Hit::id)
                .toList();
    }
}
