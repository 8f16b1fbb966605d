package vn.toasoan.vietnamese;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DetectorEvaluationTests {

    @Test
    void meetsTheTargetsOnTheEvaluationSets() {
        DetectorEvaluation figures = DetectorEvaluation.run(new DiacriticsDetector());
        System.out.println("stripped, 4+ syllables, refused: " + figures.strippedRecall());
        System.out.println("stripped, 3 syllables, refused: " + figures.strippedShortRecall());
        System.out.println("half stripped, 4+ syllables, refused: " + figures.halfStrippedRecall());
        System.out.println("marked Vietnamese refused: " + figures.falseRefusalsVietnamese());
        System.out.println("English refused: " + figures.falseRefusalsEnglish());
        figures.misses().forEach(System.out::println);

        assertThat(figures.strippedRecall().percent()).isGreaterThanOrEqualTo(99.0);
        assertThat(figures.falseRefusalsVietnamese().percent()).isLessThanOrEqualTo(0.5);
        assertThat(figures.falseRefusalsEnglish().percent()).isLessThanOrEqualTo(1.0);
    }
}
