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

    @Test
    void bothSpellingsOfAFreeIOrYAreTheSameWord() {
        String withI = "tỉ kĩ lí Mĩ sĩ hi quí TỈ";
        String withY = "tỷ kỹ lý Mỹ sỹ hy quý TỶ";

        assertThat(ReaderQuery.parse(withI).exact())
                .isEqualTo(ReaderQuery.parse(withY).exact());
        assertThat(ReaderQuery.parse(withI).folded())
                .isEqualTo(ReaderQuery.parse(withY).folded())
                .containsExactly("ty", "ky", "ly", "my", "sy", "hy", "quy", "ty");
    }

    @Test
    void anIOrYThatIsNotFreeIsKept() {
        assertThat(ReaderQuery.parse("ý kiến y tế tuy tui tay tai thi vi khuya quyết")
                        .exact())
                .containsExactly("ý", "kiến", "y", "tế", "tuy", "tui", "tay", "tai", "thi", "vi", "khuya", "quyết");
        assertThat(ReaderQuery.parse("tuy tui").folded()).containsExactly("tuy", "tui");
    }

    @Test
    void pairsJoinTheSameSpellingOfAFreeIOrY() throws Exception {
        assertThat(pairs("300 tỉ đồng")).isEqualTo(pairs("300 tỷ đồng")).contains("ty dong");
    }

    private static java.util.List<String> pairs(String text) throws java.io.IOException {
        var pairs = new java.util.ArrayList<String>();
        try (var tokens = VietnameseAnalyzers.PAIRS.tokenStream("f", text)) {
            var term = tokens.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                pairs.add(term.toString());
            }
            tokens.end();
        }
        return pairs;
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"", "(", ")", "AND", "*", "a OR (b", "title:x", "\\", "~2 ^3", "[ to }", "\u0000\u200b"})
    void queryLanguageCharactersAreJustText(String typed) {
        assertThatCode(() -> ArticleIndex.inMemory().search(ReaderQuery.parse(typed), IndexedArticles.NOW, 0, 10))
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
