package vn.toasoan.comments;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordListsTests {

    private final WordLists lists = new WordLists(List.of(
            new WordRule(1, "ngu", WordRule.Action.HOLD, WordRule.Match.EXACT),
            new WordRule(2, "lừa đảo", WordRule.Action.HOLD, WordRule.Match.EXACT),
            new WordRule(3, "dit", WordRule.Action.REJECT, WordRule.Match.FOLDED),
            new WordRule(4, "cặc", WordRule.Action.REJECT, WordRule.Match.EXACT)));

    @Test
    void aRuleForNguLeavesNguNguyenAndNguonAlone() {
        assertThat(lists.check("Tôi ngủ sớm. Ông Nguyễn Văn A cho biết nguồn tin chính xác.")
                        .held())
                .isEmpty();
        assertThat(lists.check("Nguyễn và những người ngụ ở đây").held()).isEmpty();
    }

    @Test
    void theWordItselfIsHeldWhateverItsCase() {
        assertThat(lists.check("Sao mà NGU thế!").held()).containsExactly("ngu");
        assertThat(lists.check("đồ ngu").held()).containsExactly("ngu");
    }

    @Test
    void textInDecomposedFormMatchesAfterNfc() {
        String nfd = java.text.Normalizer.normalize("Đây là trò lừa đảo", java.text.Normalizer.Form.NFD);
        assertThat(lists.check(nfd).held()).containsExactly("lừa đảo");
    }

    @Test
    void phrasesMatchOnlyAsWholeSyllablesInOrder() {
        assertThat(lists.check("lừa, đảo").held()).containsExactly("lừa đảo");
        assertThat(lists.check("đảo lừa").held()).isEmpty();
        assertThat(lists.check("lừa đảon").held()).isEmpty();
    }

    @Test
    void theFoldedListCatchesWordsTypedWithOrWithoutMarks() {
        assertThat(lists.check("địt").rejects()).isTrue();
        assertThat(lists.check("DIT").rejects()).isTrue();
        assertThat(lists.check("dịch vụ tốt").rejects()).isFalse();
        assertThat(lists.check("edit this").rejects()).isFalse();
    }

    @Test
    void theExactRejectListNeedsTheMarks() {
        assertThat(lists.check("cặc").rejects()).isTrue();
        assertThat(lists.check("các bạn, cắc cớ").rejects()).isFalse();
    }
}
