package vn.toasoan.vietnamese;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VietnameseTextTests {

    private static String nfd(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD);
    }

    @Test
    void nfcComposesDecomposedTextAndKeepsNull() {
        assertThat(VietnameseText.nfc(nfd("Tiếng Việt")))
                .isEqualTo("Tiếng Việt")
                .hasSize(10);
        assertThat(VietnameseText.nfc(null)).isNull();
    }

    @Test
    void foldRemovesEveryMarkAndTurnsDIntoD() {
        assertThat(VietnameseText.fold("Đường đến Đà Nẵng")).isEqualTo("Duong den Da Nang");
        assertThat(VietnameseText.fold("NGƯỜI ĐƯA TIN")).isEqualTo("NGUOI DUA TIN");
        assertThat(VietnameseText.fold(nfd("Tỉnh ủy Bình Dương"))).isEqualTo("Tinh uy Binh Duong");
        assertThat(VietnameseText.fold("Giá: 1.200.000₫ (−5%) — “tốt”")).isEqualTo("Gia: 1.200.000₫ (−5%) — “tot”");
        assertThat(VietnameseText.fold("東京 và Zürich")).isEqualTo("東京 va Zurich");
        assertThat(VietnameseText.fold(null)).isNull();
    }

    @ParameterizedTest
    @CsvSource({
        "hòa, hoà",
        "hoà, hoà",
        "thủy, thuỷ",
        "ủy, uỷ",
        "Ủy ban, Uỷ ban",
        "khỏe, khoẻ",
        "HÒA BÌNH, HOÀ BÌNH",
        "quý, quý",
        "giữa, giữa",
        "người, người",
        "hoàn thành, hoàn thành",
        "thuở, thuở",
        "khuỷu, khuỷu",
        "ngoài, ngoài",
        "Café, Café"
    })
    void normalizeTonesPutsTheMarkOnTheMainVowel(String input, String expected) {
        assertThat(VietnameseText.normalizeTones(input)).isEqualTo(expected);
        assertThat(VietnameseText.normalizeTones(nfd(input))).isEqualTo(expected);
    }

    @Test
    void oldAndNewPlacementCompareEqualAfterNormalizing() {
        assertThat(VietnameseText.normalizeTones("Tỉnh ủy Thủy lợi hòa bình"))
                .isEqualTo(VietnameseText.normalizeTones("Tỉnh uỷ Thuỷ lợi hoà bình"));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Tỉnh ủy Bình Dương: Triển khai nhiệm vụ năm 2017 | tinh-uy-binh-duong-trien-khai-nhiem-vu-nam-2017",
                "Đổi mới | doi-moi",
                "Đà Nẵng | da-nang",
                "  --Hà Nội!!  (25/12) -- | ha-noi-25-12",
                "ĐƯỜNG ĐẾN TRƯỜNG | duong-den-truong",
                "!!! | ''"
            })
    void slugIsLowerCaseAsciiWithSingleHyphens(String title, String slug) {
        assertThat(VietnameseText.slug(title)).isEqualTo(slug);
        assertThat(VietnameseText.slug(nfd(title))).isEqualTo(slug);
    }

    @Test
    void longSlugsAreCutBetweenWords() {
        String title = "Chương trình xây dựng nông thôn mới đã làm thay đổi diện mạo nhiều vùng quê trên địa bàn"
                + " tỉnh trong suốt mười năm qua";
        String slug = VietnameseText.slug(title);
        assertThat(slug).hasSizeLessThanOrEqualTo(80).doesNotEndWith("-").startsWith("chuong-trinh-xay-dung");
        assertThat("chuong-trinh-xay-dung-nong-thon-moi-da-lam-thay-doi-dien-mao-nhieu-vung-que-tren")
                .startsWith(slug);
        assertThat(VietnameseText.slug("a".repeat(200))).hasSize(80);
    }

    @Test
    void syllablesSplitOnEverythingButLettersAndDigits() {
        assertThat(VietnameseText.syllables("Hôm qua (13-2), ông Nguyễn Văn A nói: “Tốt!”"))
                .containsExactly("Hôm", "qua", "13", "2", "ông", "Nguyễn", "Văn", "A", "nói", "Tốt");
        assertThat(VietnameseText.syllables(nfd("Tiếng Việt"))).containsExactly("Tiếng", "Việt");
        assertThat(VietnameseText.syllables("")).isEmpty();
    }
}
