package vn.toasoan.vietnamese;

import java.util.List;

/** Syllable accuracy of the restorer: how many syllables of stripped reference text come back with their marks. */
final class RestorerEvaluation {

    record Accuracy(long correct, long total) {
        double percent() {
            return total == 0 ? 0 : 100.0 * correct / total;
        }
    }

    private static NgramModel ownSentences;

    private RestorerEvaluation() {}

    /** A model of all the evaluation sentences, trained once for the tests that only use it. */
    static synchronized NgramModel trainedOnOwnSentences() {
        if (ownSentences == null) {
            ownSentences = train(EvaluationSets.vietnamese());
        }
        return ownSentences;
    }

    static NgramModel train(Iterable<String> texts) {
        NgramModelBuilder builder = new NgramModelBuilder();
        texts.forEach(builder::add);
        return builder.build(0);
    }

    static Accuracy accuracy(NgramModel model, List<String> references) {
        long correct = 0;
        long total = 0;
        for (String reference : references) {
            String nfc = VietnameseText.nfc(reference);
            String restored = DiacriticsRestorer.restore(model, VietnameseText.fold(nfc));
            List<TextTokens.Word> expected = TextTokens.words(nfc);
            List<TextTokens.Word> got = TextTokens.words(restored);
            if (expected.size() != got.size()) {
                total += expected.size();
                continue;
            }
            for (int i = 0; i < expected.size(); i++) {
                String want = expected.get(i).lower();
                if (!SyllableTable.INSTANCE.contains(want)) {
                    continue; // names in other languages, acronyms: not Vietnamese syllables
                }
                total++;
                if (want.equals(got.get(i).lower())) {
                    correct++;
                }
            }
        }
        return new Accuracy(correct, total);
    }
}
