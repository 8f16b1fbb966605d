package vn.toasoan.vietnamese;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SyllableTableTests {

    /** Debian's hunspell-vi (GPL): read here as an oracle only, never copied into the project. */
    private static final Path HUNSPELL = Path.of("/usr/share/hunspell/vi_VN.dic");

    private final SyllableTable table = SyllableTable.INSTANCE;

    @Test
    void closedSyllablesTakeOnlyRisingOrHeavyTone() {
        assertThat(table.contains("học")).isTrue();
        assertThat(table.contains("viết")).isTrue();
        assertThat(table.contains("sách")).isTrue();
        assertThat(table.contains("tháp")).isTrue();
        assertThat(table.contains("hòc")).isFalse();
        assertThat(table.contains("việt")).isTrue();
        assertThat(table.contains("viêt")).isFalse();
        assertThat(table.contains("sảch")).isFalse();
        assertThat(table.contains("tãp")).isFalse();
    }

    @Test
    void onsetsFollowTheSpellingOfTheNextVowel() {
        assertThat(table.contains("kể")).isTrue();
        assertThat(table.contains("cể")).isFalse();
        assertThat(table.contains("ghế")).isTrue();
        assertThat(table.contains("gế")).isFalse();
        assertThat(table.contains("nghĩ")).isTrue();
        assertThat(table.contains("ngĩ")).isFalse();
        assertThat(table.contains("quốc")).isTrue();
        assertThat(table.contains("gìn")).isTrue();
        assertThat(table.contains("giếng")).isTrue();
        assertThat(table.contains("khuya")).isTrue();
        assertThat(table.contains("nguyễn")).isTrue();
    }

    @Test
    void foldedSyllablesListTheirMarkedForms() {
        assertThat(table.candidates("duong")).contains("đường", "dương", "đương", "dường");
        assertThat(table.candidates("the")).contains("thể", "thế", "the", "thẻ");
        assertThat(table.candidates("bank")).isEmpty();
    }

    @Test
    void tableAgreesWithHunspellWordListBothWays() throws IOException {
        assertThat(HUNSPELL)
                .as("Debian's hunspell-vi word list, the oracle for this test: apt-get install hunspell-vi"
                        + " (.ci/run installs it)")
                .isReadable();
        Set<String> hunspell = readHunspellSyllables();
        Set<String> generated = table.syllables();

        Set<String> missing = new TreeSet<>(hunspell);
        missing.removeAll(generated);
        long found = generated.stream().filter(hunspell::contains).count();
        double coverage = 1.0 - (double) missing.size() / hunspell.size();
        double attested = (double) found / generated.size();

        System.out.printf(
                Locale.ROOT,
                "hunspell-vi syllables in the generated table: %d of %d (%.2f %%)%n"
                        + "generated syllables in hunspell-vi: %d of %d (%.2f %%)%n"
                        + "hunspell-vi syllables the table lacks: %s%n",
                hunspell.size() - missing.size(),
                hunspell.size(),
                100 * coverage,
                found,
                generated.size(),
                100 * attested,
                missing);

        // The rules must cover nearly every real syllable; the table is larger than the word list by design
        // (it also holds rare, regional and loan syllables the list leaves out).
        assertThat(coverage).isGreaterThanOrEqualTo(0.99);
        assertThat(attested).isGreaterThanOrEqualTo(0.40);
    }

    /** Lower-case single-syllable Vietnamese entries, tone placed the way the table places it. */
    static Set<String> readHunspellSyllables() throws IOException {
        return Files.readAllLines(HUNSPELL, StandardCharsets.UTF_8).stream()
                .skip(1)
                .map(line -> line.split("/", 2)[0].strip())
                .filter(w -> !w.isEmpty() && w.chars().allMatch(Character::isLowerCase))
                .map(VietnameseText::normalizeTones)
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
