package vn.toasoan.comments;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CommentTextTests {

    @Test
    void webAddressesBecomeLinksWithoutTrailingPunctuation() {
        var text = CommentText.of("Xem tại https://baosonglam.vn/tin-1.html, rất hay.");
        var pieces = text.paragraphs().get(0).pieces();
        assertThat(pieces)
                .extracting(CommentText.Piece::href)
                .containsExactly(null, "https://baosonglam.vn/tin-1.html", null);
        assertThat(pieces.get(2).text()).isEqualTo(", rất hay.");
    }

    @Test
    void onlyHttpAndWwwAddressesAreLinked() {
        var pieces = CommentText.of("javascript:alert(1) và www.example.com")
                .paragraphs()
                .get(0)
                .pieces();
        assertThat(pieces)
                .filteredOn(CommentText.Piece::isLink)
                .extracting(CommentText.Piece::href)
                .containsExactly("http://www.example.com");
    }

    @Test
    void markupStaysTextForTheTemplateToEscape() {
        var pieces =
                CommentText.of("<script>alert(1)</script>").paragraphs().get(0).pieces();
        assertThat(pieces).singleElement().satisfies(p -> {
            assertThat(p.isLink()).isFalse();
            assertThat(p.text()).isEqualTo("<script>alert(1)</script>");
        });
    }

    @Test
    void blankLinesMakeParagraphsAndSingleLineBreaksStay() {
        var text = CommentText.of("Dòng một\nDòng hai\n\nĐoạn hai");
        assertThat(text.paragraphs()).hasSize(2);
        assertThat(text.paragraphs().get(0).pieces()).anyMatch(CommentText.Piece::lineBreak);
    }

    @Test
    void linksAreCountedWithOrWithoutHttp() {
        assertThat(CommentText.countLinks("https://a.vn/x www.b.com c-d.xyz")).isEqualTo(3);
        assertThat(CommentText.countLinks("Ông Nguyễn nói: tốt.")).isZero();
    }
}
