package vn.toasoan.vietnamese;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TypingLeftoversTests {

    @ParameterizedTest
    @CsvSource({
        "tieengs, tiếng",
        "vieejt, việt",
        "dduwowcj, được",
        "nguoiwf, người",
        "khoong, không",
        "nhuwng, nhưng",
        "nhuwngx, những",
        "tie61ng, tiếng",
        "vie65t, việt",
        "d9u7o7ng2, đường",
        "duo7ng2, dường",
        "hoc5, học"
    })
    void decodesTelexAndVniKeys(String typed, String syllable) {
        assertThat(TypingLeftovers.decode(typed).syllable()).isEqualTo(syllable);
        assertThat(TypingLeftovers.decode(typed).strength()).isNotEqualTo(TypingLeftovers.Strength.NONE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"hello", "bank", "street", "mp3", "u23", "covid19", "a4", "nguoi", "the"})
    void leavesOrdinaryWordsAndCodesAlone(String word) {
        assertThat(TypingLeftovers.decode(word).strength()).isEqualTo(TypingLeftovers.Strength.NONE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"asan", "reset", "terse", "offset", "v4e", "tr2ang", "pop25", "hoc52"})
    void keysInAnOrderNoTypistUsesAreNoLeftovers(String word) {
        // a tone key before a shape key or a second tone key (Telex), a key before its vowel or two tone keys (VNI)
        assertThat(TypingLeftovers.decode(word).strength()).isEqualTo(TypingLeftovers.Strength.NONE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"cos", "laf", "hocj"})
    void aLoneToneKeyIsOnlyWeakEvidence(String word) {
        assertThat(TypingLeftovers.decode(word).strength()).isEqualTo(TypingLeftovers.Strength.WEAK);
    }
}
