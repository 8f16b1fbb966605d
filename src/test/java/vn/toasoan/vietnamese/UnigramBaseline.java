package vn.toasoan.vietnamese;

import java.util.List;

/** The naive restorer the n-gram model is measured against: each syllable takes its most frequent marked form. */
final class UnigramBaseline {

    private UnigramBaseline() {}

    static String restore(NgramModel model, String text) {
        StringBuilder out = new StringBuilder(text);
        for (TextTokens.Word w : TextTokens.words(text)) {
            int[] ids = model.candidates(VietnameseText.fold(w.lower()));
            if (ids.length > 0 && model.word(ids[0]).length() == w.end() - w.start()) {
                out.replace(w.start(), w.end(), model.word(ids[0]));
            }
        }
        return out.toString();
    }

    static long correct(NgramModel model, List<String> references) {
        long correct = 0;
        for (String reference : references) {
            String nfc = VietnameseText.nfc(reference);
            List<TextTokens.Word> expected = TextTokens.words(nfc);
            List<TextTokens.Word> got = TextTokens.words(restore(model, VietnameseText.fold(nfc)));
            if (expected.size() != got.size()) {
                continue;
            }
            for (int i = 0; i < expected.size(); i++) {
                String want = expected.get(i).lower();
                if (SyllableTable.INSTANCE.contains(want)
                        && want.equals(got.get(i).lower())) {
                    correct++;
                }
            }
        }
        return correct;
    }
}
