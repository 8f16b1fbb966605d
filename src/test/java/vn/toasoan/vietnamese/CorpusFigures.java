package vn.toasoan.vietnamese;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The restorer's and the detector's figures on real text no one here wrote, one source at a time: the files that
 * {@code bench/vietnamese/build-corpus} writes (one sentence per line). For each: syllable accuracy of the restorer
 * trained on 10k, 100k, 1M and all syllables of the source's first lines and tested on its last ones (at most 50,000
 * syllables); the detector's false refusals on its marked sentences of four or more syllables, and its recall on
 * the same sentences stripped of their marks.
 */
final class CorpusFigures {

    private static final long TEST_SYLLABLES = 50_000;
    private static final boolean SHOW_REFUSALS = Boolean.getBoolean("show.refusals");

    private CorpusFigures() {}

    static void run(Path folder) throws IOException {
        List<Path> files;
        // the sources and mixed/ only: build-corpus also leaves the extracted packages below the folder, whose own
        // .txt files are not Vietnamese text
        try (Stream<Path> walk = Files.walk(folder, 2)) {
            files = walk.filter(p -> p.toString().endsWith(".txt")
                            && !p.getFileName().toString().equals("SOURCES.txt"))
                    .sorted()
                    .toList();
        }
        System.out.printf(
                "%-20s %10s %9s %9s %9s %9s %11s | %9s %14s %14s%n",
                "source",
                "train syl",
                "10k",
                "100k",
                "1M",
                "all",
                "test syl",
                "sentences",
                "false refusals",
                "stripped recall");
        DiacriticsDetector detector = new DiacriticsDetector();
        for (Path file : files) {
            List<String> lines = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    lines.add(VietnameseText.nfc(line.strip()));
                }
            }
            int cut = lines.size();
            long testSyllables = 0;
            long testLines = Math.max(1, lines.size() / 10);
            while (cut > 0 && testSyllables < TEST_SYLLABLES && lines.size() - cut < testLines) {
                testSyllables += TextTokens.segments(lines.get(--cut)).stream()
                        .mapToInt(List::size)
                        .sum();
            }
            List<String> test = lines.subList(cut, lines.size());
            List<String> train = lines.subList(0, cut);
            StringBuilder row = new StringBuilder();
            long trained = 0;
            long total = 0;
            for (long budget : new long[] {10_000, 100_000, 1_000_000, Long.MAX_VALUE}) {
                NgramModelBuilder builder = new NgramModelBuilder();
                for (String s : train) {
                    if (builder.syllables() >= budget) {
                        break;
                    }
                    builder.add(s);
                }
                if (budget != Long.MAX_VALUE && builder.syllables() < budget) {
                    row.append(String.format(" %9s", "-"));
                    continue;
                }
                RestorerEvaluation.Accuracy a = RestorerEvaluation.accuracy(builder.build(0), test);
                row.append(String.format(" %8.2f%%", a.percent()));
                trained = builder.syllables();
                total = a.total();
            }
            int marked = 0;
            int refused = 0;
            int stripped = 0;
            int caught = 0;
            for (String sentence : lines) {
                if (EvaluationSets.syllableCount(sentence) < 4) {
                    continue;
                }
                marked++;
                if (detector.isMissingDiacritics(sentence)) {
                    refused++;
                    if (SHOW_REFUSALS) {
                        System.out.println("  refused: " + sentence);
                    }
                }
                String bare = VietnameseText.fold(sentence);
                if (!bare.equals(sentence)) {
                    stripped++;
                    caught += detector.isMissingDiacritics(bare) ? 1 : 0;
                }
            }
            System.out.printf(
                    "%-20s %10d%s %11d | %9d %13.3f%% %13.2f%%%n",
                    file.getFileName().toString().replace(".txt", ""),
                    trained,
                    row,
                    total,
                    marked,
                    100.0 * refused / Math.max(1, marked),
                    100.0 * caught / Math.max(1, stripped));
        }
    }
}
