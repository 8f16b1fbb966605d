package vn.toasoan.articles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import vn.toasoan.platform.VietnamTime;

class ScrapedPageParserTests {

    @Test
    void readsOurOwnPageInTheSampleShape() throws IOException {
        ScrapedPage page = ScrapedPageParser.parse(fixture("bai-mau-hoi-nghi.txt"));

        assertThat(page.updatedAt())
                .isEqualTo(ZonedDateTime.of(2018, 3, 21, 8, 15, 42, 0, VietnamTime.ZONE)
                        .toInstant());
        assertThat(page.byline()).isEqualTo("LÊ THU HÙNG");
        assertThat(page.figures()).singleElement().satisfies(figure -> {
            assertThat(figure.credit()).isEqualTo("T.HÙNG");
            assertThat(figure.caption()).doesNotContain("Ảnh:");
            assertThat(figure.position()).isZero();
        });
        assertThat(page.body()).hasSize(6).noneMatch(p -> p.contains("Chia sẻ") || p.contains("Quay lên trên"));
        assertThat(page.nearDuplicates()).singleElement().isEqualTo(new int[] {7, 10});
    }

    @Test
    void readsTitleSapoAndCaptionAndDropsThePageChrome() throws IOException {
        ScrapedPage page = ScrapedPageParser.parse(fixture("bai-mau-hoi-nghi.txt"));

        assertThat(page.title())
                .isEqualTo("Tỉnh ủy Sông Lam: Sơ kết 5 năm thực hiện đề án nâng cao chất lượng đội ngũ cán bộ,"
                        + " công chức cấp xã");
        assertThat(VietnamTime.updated(page.updatedAt())).isEqualTo("21-03-2018 | 08:15:42");
        assertThat(page.sapo()).startsWith("Hôm qua (20-3), Ban Thường vụ Tỉnh ủy Sông Lam");
        assertThat(page.figures()).singleElement().satisfies(figure -> {
            assertThat(figure.caption()).startsWith("Ông Nguyễn Đăng Khoa");
            assertThat(figure.credit()).isEqualTo("T.HÙNG");
        });
        assertThat(String.join("\n", page.body()))
                .doesNotContain("Chia sẻ bài viết", "LƯU Ý", "Đính kèm", "Quay lên trên", "hit counter");
    }

    @Test
    void aPageWithoutPhotoOrDuplicatesHasNeither() throws IOException {
        ScrapedPage page = ScrapedPageParser.parse(fixture("bai-mau-the-thao.txt"));

        assertThat(page.figures()).isEmpty();
        assertThat(page.nearDuplicates()).isEmpty();
        assertThat(page.byline()).isEqualTo("QUANG VINH");
        assertThat(VietnamTime.updated(page.updatedAt())).isEqualTo("02-09-2019 | 19:03:05");
    }

    @Test
    void refusesWhatIsNotAnArticlePage() throws IOException {
        String notAPage = fixture("khong-phai-bai-viet.txt");
        assertThatThrownBy(() -> ScrapedPageParser.parse(notAPage)).isInstanceOf(PageImportException.class);
        assertThat(operatorReads(() -> ScrapedPageParser.parse(notAPage))).startsWith("Không phải trang bài viết: ");
        assertThatThrownBy(() -> ScrapedPageParser.parse("")).isInstanceOf(PageImportException.class);
    }

    @Test
    void refusesAnImpossibleUpdateTime() {
        String page = "Tiêu đề bài\n\nCập nhật: 31-02-2017 | 07:56:13\n\nSapo.\n\nThân bài một.\n\nThân bài hai.\n";

        assertThat(operatorReads(() -> ScrapedPageParser.parse(page)))
                .isEqualTo("Không phải trang bài viết: thời gian cập nhật không hợp lệ.");
    }

    @Test
    void readsDecomposedVietnameseAsComposed() throws IOException {
        String nfd = java.text.Normalizer.normalize(fixture("bai-mau-hoi-nghi.txt"), java.text.Normalizer.Form.NFD);

        ScrapedPage page = ScrapedPageParser.parse(nfd);

        assertThat(page.byline()).isEqualTo("LÊ THU HÙNG");
        assertThat(page.figures())
                .singleElement()
                .extracting(ScrapedPage.ScrapedFigure::credit)
                .isEqualTo("T.HÙNG");
    }

    static String fixture(String name) throws IOException {
        return new ClassPathResource("pages/" + name).getContentAsString(StandardCharsets.UTF_8);
    }

    /** What the import command prints of the refusal: Vietnamese, its default. */
    private static String operatorReads(Runnable parse) {
        try {
            parse.run();
        } catch (PageImportException e) {
            return Bundles.text().get(e);
        }
        throw new AssertionError("the page was not refused");
    }
}
