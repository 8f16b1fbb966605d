package vn.toasoan.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VietnameseAnalysisTests {

    @ParameterizedTest
    @ValueSource(strings = {"Phạm Văn Cành", "pham van canh", "PHẠM VĂN CÀNH", "PHAM VAN CANH", "phạm  văn\tcành"})
    void everyWayOfTypingANameGivesTheSameWords(String typed) {
        assertThat(ReaderQuery.parse(typed).folded()).containsExactly("pham", "van", "canh");
    }

    @Test
    void decomposedInputIsReadLikeComposedInput() {
        String nfd = Normalizer.normalize("Phạm Văn Cành", Normalizer.Form.NFD);
        assertThat(nfd).isNotEqualTo("Phạm Văn Cành");

        assertThat(ReaderQuery.parse(nfd).folded()).containsExactly("pham", "van", "canh");
        assertThat(ReaderQuery.parse(nfd).exact()).containsExactly("phạm", "văn", "cành");
    }

    @Test
    void dWithStrokeFoldsToD() {
        assertThat(ReaderQuery.parse("Đường Đà Nẵng, HĐND").folded()).containsExactly("duong", "da", "nang", "hdnd");
    }

    @Test
    void exactWordsKeepTheirMarks() {
        assertThat(ReaderQuery.parse("Văn VẤN vân").exact()).containsExactly("văn", "vấn", "vân");
    }

    @Test
    void bothPlacesOfTheToneMarkAreTheSameExactWord() {
        assertThat(ReaderQuery.parse("hòa thủy khỏe ủy").exact())
                .isEqualTo(ReaderQuery.parse("hoà thuỷ khoẻ uỷ").exact())
                .isEqualTo(ReaderQuery.parse("HOÀ THUỶ KHOẺ UỶ").exact());
        assertThat(ReaderQuery.parse("quý hoàng khuya").exact()).containsExactly("quý", "hoàng", "khuya");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"", "(", ")", "AND", "*", "a OR (b", "title:x", "\\", "~2 ^3", "[ to }", "\u0000\u200b"})
    void queryLanguageCharactersAreJustText(String typed) {
        assertThatCode(() -> ArticleIndex.inMemory().search(ReaderQuery.parse(typed), ArticleBuilder.NOW, 0, 10))
                .doesNotThrowAnyException();
    }

    @Test
    void quotesAndBracketsAreDroppedButTheTextIsKept() {
        ReaderQuery quoted = ReaderQuery.parse("\"(pham van canh)\" AND *");

        assertThat(quoted.folded()).containsExactly("pham", "van", "canh", "and");
        assertThat(quoted.text()).isEqualTo("\"(pham van canh)\" AND *");
    }

    @Test
    void aLongQueryIsCut() {
        ReaderQuery query = ReaderQuery.parse("tin tức ".repeat(5_000));

        assertThat(query.text()).hasSizeLessThanOrEqualTo(ReaderQuery.MAX_LENGTH);
        assertThat(query.folded()).hasSize(ReaderQuery.MAX_TERMS);
    }

    @Test
    void blankInputIsNoQuery() {
        assertThat(ReaderQuery.parse(null).isEmpty()).isTrue();
        assertThat(ReaderQuery.parse("  \n ").isEmpty()).isTrue();
        assertThat(ReaderQuery.parse("…!?").isEmpty()).isTrue();
    }
}
