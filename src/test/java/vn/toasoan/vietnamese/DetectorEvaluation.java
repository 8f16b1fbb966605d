package vn.toasoan.vietnamese;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** The detector's figures on the evaluation sets. */
record DetectorEvaluation(
        Rate strippedRecall,
        Rate strippedShortRecall,
        Rate halfStrippedRecall,
        Rate falseRefusalsVietnamese,
        Rate falseRefusalsEnglish,
        List<String> misses) {

    record Rate(int hits, int total) {
        double percent() {
            return total == 0 ? 0 : 100.0 * hits / total;
        }

        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "%.2f %% (%d of %d)", percent(), hits, total);
        }
    }

    static DetectorEvaluation run(DiacriticsDetector detector) {
        List<String> misses = new ArrayList<>();
        List<String> vietnamese = EvaluationSets.vietnamese();
        Predicate<String> refused = detector::isMissingDiacritics;
        int strippedHits = 0, strippedTotal = 0, shortHits = 0, shortTotal = 0, halfHits = 0, halfTotal = 0;
        int viRefused = 0;
        for (int k = 0; k < vietnamese.size(); k++) {
            String sentence = vietnamese.get(k);
            int syllables = EvaluationSets.syllableCount(sentence);
            if (refused.test(sentence)) {
                viRefused++;
                misses.add("refused marked: " + sentence);
            }
            String stripped = EvaluationSets.stripped(sentence);
            if (!stripped.equals(sentence) && syllables >= 3) {
                boolean hit = refused.test(stripped);
                if (syllables >= 4) {
                    strippedTotal++;
                    strippedHits += hit ? 1 : 0;
                    if (!hit) {
                        misses.add("missed stripped: " + stripped);
                    }
                } else {
                    shortTotal++;
                    shortHits += hit ? 1 : 0;
                    if (!hit) {
                        misses.add("missed short: " + stripped);
                    }
                }
            }
            String half = EvaluationSets.halfStripped(sentence, k);
            if (!half.equals(sentence) && syllables >= 4) {
                halfTotal++;
                halfHits += refused.test(half) ? 1 : 0;
            }
        }
        int enRefused = 0;
        List<String> english = EvaluationSets.english();
        for (String sentence : english) {
            if (refused.test(sentence)) {
                enRefused++;
                misses.add("refused English: " + sentence);
            }
        }
        return new DetectorEvaluation(
                new Rate(strippedHits, strippedTotal),
                new Rate(shortHits, shortTotal),
                new Rate(halfHits, halfTotal),
                new Rate(viRefused, vietnamese.size()),
                new Rate(enRefused, english.size()),
                misses);
    }
}
