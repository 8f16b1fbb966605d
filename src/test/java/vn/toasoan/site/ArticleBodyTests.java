package vn.toasoan.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.toasoan.articles.Figure;

class ArticleBodyTests {

    private static final String BODY = "<p>Một</p><p>Hai</p><p>Ba</p>";

    @Test
    void photosStandWhereTheNewsroomPlacedThem() {
        var lead = new Figure(0, null, "Ảnh đầu", "A", "");
        var middle = new Figure(2, null, "Ảnh giữa", "B", "");

        var parts = ArticleBody.compose(BODY, List.of(lead, middle)).parts();

        assertThat(parts)
                .extracting(p -> p.isFigure() ? p.figure().caption() : p.html())
                .containsExactly("Ảnh đầu", "<p>Một</p><p>Hai</p>", "Ảnh giữa", "<p>Ba</p>");
    }

    @Test
    void aPhotoPlacedAfterTheLastParagraphEndsTheBody() {
        var parts = ArticleBody.compose(BODY, List.of(new Figure(9, null, "Cuối", "C", "")))
                .parts();

        assertThat(parts).hasSize(2);
        assertThat(parts.get(1).isFigure()).isTrue();
    }
}
