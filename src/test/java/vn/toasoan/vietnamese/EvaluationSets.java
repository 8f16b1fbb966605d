package vn.toasoan.vietnamese;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** The sentences written for the evaluation, and the copies without marks generated from them. */
final class EvaluationSets {

    private EvaluationSets() {}

    static List<String> vietnamese() {
        return lines("sentences-vi.txt");
    }

    static List<String> english() {
        return lines("sentences-en.txt");
    }

    /** Every mark removed, as typed on a keyboard without a Vietnamese input method. */
    static String stripped(String sentence) {
        return VietnameseText.fold(sentence);
    }

    /** About half the words stripped, the same half on every run. */
    static String halfStripped(String sentence, long seed) {
        Random random = new Random(seed);
        StringBuilder out = new StringBuilder(sentence.length());
        int i = 0;
        while (i < sentence.length()) {
            int start = i;
            while (i < sentence.length() && Character.isLetter(sentence.charAt(i))) {
                i++;
            }
            if (i > start) {
                String word = sentence.substring(start, i);
                out.append(random.nextBoolean() ? VietnameseText.fold(word) : word);
            } else {
                out.append(sentence.charAt(i++));
            }
        }
        return out.toString();
    }

    static int syllableCount(String sentence) {
        return (int) VietnameseText.syllables(sentence).stream()
                .filter(w -> w.chars().anyMatch(Character::isLetter))
                .count();
    }

    private static List<String> lines(String name) {
        try (InputStream in = EvaluationSets.class.getResourceAsStream("/vietnamese/" + name)) {
            List<String> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    out.add(line.strip());
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
