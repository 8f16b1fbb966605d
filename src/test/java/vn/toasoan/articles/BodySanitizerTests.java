package vn.toasoan.articles;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;

class BodySanitizerTests {

    private final BodySanitizer sanitizer = new BodySanitizer();

    @Test
    void scriptsHandlersAndStylesAreRemovedWhileTheTextStays() {
        String html = sanitizer.sanitize("<p onclick=\"alert(1)\" style=\"color:red\">Bà con <strong>phấn khởi</strong>"
                + "<script>alert('x')</script></p><iframe src=\"https://evil.example\"></iframe>"
                + "<a href=\"javascript:alert(1)\">bấm</a>");

        assertThat(html)
                .isEqualTo("<p>Bà con <strong>phấn khởi</strong></p><p><a>bấm</a></p>")
                .doesNotContain("script", "onclick", "style", "iframe", "javascript");
    }

    @Test
    void newsroomFormattingSurvives() {
        String html = "<h2>Tiêu đề phụ</h2><p>Xem <a href=\"https://example.vn/bao-cao\">báo cáo</a>.</p>"
                + "<blockquote>“Chúng tôi sẽ làm ngay”</blockquote><ul><li>Một</li></ul>";

        assertThat(sanitizer.sanitize(html)).isEqualTo(html);
    }

    @Test
    void plainParagraphsAreEscapedAndComposed() {
        String decomposed = Normalizer.normalize("Giá lúa <tăng> & ổn định", Normalizer.Form.NFD);

        assertThat(sanitizer.paragraphs(List.of(decomposed, "Đoạn hai")))
                .isEqualTo("<p>Giá lúa &lt;tăng&gt; &amp; ổn định</p><p>Đoạn hai</p>");
    }

    @Test
    void textTypedOutsideAnyParagraphGoesIntoOne() {
        assertThat(sanitizer.sanitize("Đoạn văn không có thẻ p.<br>Dòng thứ hai.<h2>Tiêu đề</h2>Dòng cuối"))
                .isEqualTo("<p>Đoạn văn không có thẻ p.<br>Dòng thứ hai.</p><h2>Tiêu đề</h2><p>Dòng cuối</p>");
    }

    @Test
    void linksToThePapersOwnPagesStay() {
        assertThat(sanitizer.sanitize("<p>Xem <a href=\"/tinh-uy-song-lam-12.html\">bài trước</a>.</p>"))
                .isEqualTo("<p>Xem <a href=\"/tinh-uy-song-lam-12.html\">bài trước</a>.</p>");
    }
}
