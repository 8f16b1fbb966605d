package vn.toasoan.articles;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import vn.toasoan.media.Image;

/** Each check before publishing, on an article that trips it and on one that does not. */
class ArticleChecksTests {

    private final ArticleChecks checks =
            new ArticleChecks(new vn.toasoan.vietnamese.DiacriticsDetector(), null, Bundles.text());

    private static final String GOOD_BODY =
            "<p>Hôm qua, các đại biểu đã thảo luận kế hoạch phát triển kinh tế của tỉnh.</p>"
                    + "<p>Theo báo cáo, thu ngân sách bảy tháng đạt 64% dự toán năm, cao hơn cùng kỳ năm trước.</p>";

    @Test
    void aTextCheckedBeforeIsCheckedAgainInAnotherLanguageAndOnceItChanges() {
        Article bare = article("Tiêu đề", " ", GOOD_BODY, List.of());
        String vietnamese = checks.check(bare).get(0).message();
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        try {
            assertThat(checks.check(bare).get(0).message()).isNotEqualTo(vietnamese);
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
        assertThat(checks.check(bare).get(0).message()).isEqualTo(vietnamese);
        assertThat(checks.check(article("Tiêu đề", "Sapo đã viết.", GOOD_BODY, List.of())))
                .isEmpty();
    }

    @Test
    void aCleanArticleHasNoWarnings() {
        assertThat(checks.check(article("Tỉnh bàn kế hoạch phát triển", "Sapo đầy đủ.", GOOD_BODY, List.of(photo()))))
                .isEmpty();
    }

    @Test
    void aTitleOver120CharactersWarns() {
        String title = "Tiêu đề ".repeat(16).strip();
        assertThat(codes(article(title, "Sapo.", GOOD_BODY, List.of()))).containsExactly("TITLE_TOO_LONG");
        assertThat(codes(article(title.substring(0, 120), "Sapo.", GOOD_BODY, List.of())))
                .isEmpty();
    }

    @Test
    void aMissingSapoWarns() {
        assertThat(codes(article("Tiêu đề", " ", GOOD_BODY, List.of()))).containsExactly("MISSING_SAPO");
    }

    @Test
    void nearDuplicateParagraphsWarnAsInTheSamplePage() {
        String paragraph =
                "Các đại biểu thống nhất đề xuất tăng vốn cho các công trình giao thông nông thôn trong năm tới.";
        String body = "<p>" + paragraph + "</p><p>Đoạn khác hẳn, nói về chuyện khác.</p><p>"
                + paragraph.replace("giao thông", "giao  thông") + "</p>";
        var warnings = checks.check(article("Tiêu đề", "Sapo.", body, List.of()));
        assertThat(warnings).extracting(ArticleWarning::code).containsExactly("NEAR_DUPLICATE_PARAGRAPH");
        assertThat(warnings.get(0).message()).contains("Đoạn 1 và đoạn 3");
    }

    @Test
    void aFigureWithoutCaptionCreditOrAltWarnsForEach() {
        var figure = new Figure(1, new Image(UUID.randomUUID(), 640, 480, List.of(320, 640)), "", " ", "");
        assertThat(codes(article("Tiêu đề", "Sapo.", GOOD_BODY, List.of(figure))))
                .containsExactly("FIGURE_WITHOUT_CAPTION", "FIGURE_WITHOUT_CREDIT", "EMPTY_ALT");
    }

    @Test
    void textTypedWithoutDiacriticsWarnsButEnglishAndNamesDoNot() {
        String bare = "<p>Hom qua cac dai bieu da thao luan ke hoach phat trien kinh te cua tinh trong nam nay.</p>";
        String english = "<p>The delegates discussed the province's economic plan for next year at the meeting.</p>"
                + "<p>Speakers included Nguyen Van An and Tran Thi Binh of the provincial council.</p>";
        var warnings = checks.check(article("Tiêu đề", "Sapo.", bare, List.of()));
        assertThat(warnings).extracting(ArticleWarning::code).containsExactly("MISSING_DIACRITICS");
        assertThat(warnings.get(0).message()).contains("đoạn 1");
        assertThat(codes(article("Tiêu đề", "Sapo.", english, List.of()))).isEmpty();
    }

    @Test
    void plainHttpLinksWarnButHttpsDoNot() {
        String body =
                "<p>Xem <a href=\"http://baosonglam.vn/a\">bài cũ</a> và <a href=\"https://baosonglam.vn/b\">bài mới</a>.</p>";
        var warnings = checks.check(article("Tiêu đề", "Sapo.", body, List.of()));
        assertThat(warnings).extracting(ArticleWarning::code).containsExactly("INSECURE_LINK");
        assertThat(warnings.get(0).message()).contains("http://baosonglam.vn/a");
    }

    @Test
    void quillListsKeepTheirKindAndEmptyParagraphsGo() {
        String quill = "<p>Mở đầu</p><p><br></p><ol><li data-list=\"bullet\"><span class=\"ql-ui\"></span>một</li>"
                + "<li data-list=\"bullet\">hai</li><li data-list=\"ordered\">ba</li></ol>";
        assertThat(EditorHtml.normalise(quill))
                .isEqualTo("<p>Mở đầu</p><ul><li>một</li><li>hai</li></ul><ol><li>ba</li></ol>");
    }

    private List<String> codes(Article article) {
        return checks.check(article).stream().map(ArticleWarning::code).toList();
    }

    private static Figure photo() {
        return new Figure(
                1, new Image(UUID.randomUUID(), 640, 480, List.of(320, 640)), "Hội nghị", "H.VĂN", "Hội trường");
    }

    private static Article article(String title, String sapo, String body, List<Figure> figures) {
        return new Article(
                1, 1, title, "bai", sapo, body, "", "", ArticleStatus.DRAFT, null, null, 0, figures, List.of());
    }
}
