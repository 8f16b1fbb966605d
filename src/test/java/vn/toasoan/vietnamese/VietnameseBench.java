package vn.toasoan.vietnamese;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The figures of the Vietnamese toolkit: syllable table against hunspell-vi, detector recall and false refusals,
 * restorer accuracy against training size, and speed. Run by {@code bench/vietnamese/run}; {@code --corpus PATH}
 * (a text file, or a folder of them) adds restorer accuracy at 10k, 100k and 1M syllables of that text.
 */
final class VietnameseBench {

    private static volatile Object sink;

    // CPU time of this thread, not wall time: other processes on a shared machine do not count
    private static final java.lang.management.ThreadMXBean CPU =
            java.lang.management.ManagementFactory.getThreadMXBean();

    private VietnameseBench() {}

    public static void main(String[] args) throws IOException {
        Path corpus = null;
        Path corpora = null;
        boolean speedOnly = false;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--corpus") && i + 1 < args.length) {
                corpus = Path.of(args[++i]);
            } else if (args[i].equals("--corpora") && i + 1 < args.length) {
                corpora = Path.of(args[++i]);
            }
            speedOnly |= args[i].equals("--speed");
        }
        if (corpora != null) {
            CorpusFigures.run(corpora);
            return;
        }
        if (speedOnly) {
            speed(RestorerEvaluation.train(EvaluationSets.vietnamese()));
            return;
        }
        table();
        detector();
        NgramModel model = restorerOnOwnSentences();
        restorerOnComments();
        if (corpus != null) {
            model = restorerOnCorpus(corpus);
        } else {
            model = syntheticMillion();
        }
        speed(model);
    }

    private static void table() throws IOException {
        System.out.println("== Syllable table (onset x rhyme x tone, generated) ==");
        System.out.printf(
                "generated syllables: %d%n", SyllableTable.INSTANCE.syllables().size());
        Path dic = Path.of("/usr/share/hunspell/vi_VN.dic");
        if (!Files.isReadable(dic)) {
            System.out.println("hunspell-vi not installed: agreement not measured");
            return;
        }
        java.util.Set<String> hunspell = SyllableTableTests.readHunspellSyllables();
        long inTable =
                hunspell.stream().filter(SyllableTable.INSTANCE::contains).count();
        long inHunspell = SyllableTable.INSTANCE.syllables().stream()
                .filter(hunspell::contains)
                .count();
        row("hunspell-vi syllables found in the table", inTable, hunspell.size());
        row(
                "table syllables found in hunspell-vi",
                inHunspell,
                SyllableTable.INSTANCE.syllables().size());
    }

    private static void detector() {
        System.out.println();
        System.out.printf(
                "== Detector (%,d Vietnamese and %,d English sentences written for the project) ==%n",
                EvaluationSets.vietnamese().size(), EvaluationSets.english().size());
        DetectorEvaluation e = DetectorEvaluation.run(new DiacriticsDetector());
        System.out.printf("%-52s %s   target >= 99 %%%n", "stripped, 4+ syllables, refused", e.strippedRecall());
        System.out.printf("%-52s %s%n", "stripped, 3 syllables, refused", e.strippedShortRecall());
        System.out.printf("%-52s %s%n", "half stripped, 4+ syllables, refused", e.halfStrippedRecall());
        System.out.printf(
                "%-52s %s   target <= 0.5 %%%n", "marked Vietnamese refused (false)", e.falseRefusalsVietnamese());
        System.out.printf("%-52s %s   target <= 1 %%%n", "English refused (false)", e.falseRefusalsEnglish());
    }

    /** Ten-fold cross-validation on the project's own sentences, at two training sizes. */
    private static NgramModel restorerOnOwnSentences() {
        System.out.println();
        System.out.println("== Restorer on the project's sentences (10-fold cross-validation) ==");
        List<String> sentences = EvaluationSets.vietnamese();
        System.out.printf("%-28s %12s %12s %12s%n", "training syllables", "trigram", "unigram", "test syllables");
        for (long budget : new long[] {10_000, Long.MAX_VALUE}) {
            long correct = 0, baseline = 0, total = 0, trained = 0;
            for (int fold = 0; fold < 10; fold++) {
                List<String> train = new ArrayList<>();
                List<String> test = new ArrayList<>();
                for (int i = 0; i < sentences.size(); i++) {
                    (i % 10 == fold ? test : train).add(sentences.get(i));
                }
                NgramModelBuilder builder = new NgramModelBuilder();
                for (String s : train) {
                    if (builder.syllables() >= budget) {
                        break;
                    }
                    builder.add(s);
                }
                trained += builder.syllables();
                NgramModel model = builder.build(0);
                RestorerEvaluation.Accuracy a = RestorerEvaluation.accuracy(model, test);
                correct += a.correct();
                total += a.total();
                baseline += UnigramBaseline.correct(model, test);
            }
            System.out.printf(
                    "%-28s %11.2f%% %11.2f%% %12d%n",
                    String.format("%,d", trained / 10), 100.0 * correct / total, 100.0 * baseline / total, total);
        }
        return RestorerEvaluation.train(sentences);
    }

    /**
     * What a new site's readers get: a model of the demo articles, with and without the comment text, on comment-like
     * sentences written apart from that text, and on two comments a reader might type.
     */
    private static void restorerOnComments() {
        System.out.println();
        List<String> heldOut = CommentSets.heldOut();
        System.out.printf(
                "== Restorer on %d held-out comment-like sentences, trained on the %d demo articles ==%n",
                heldOut.size(), DemoArticles.texts().size());
        System.out.printf("%-34s %12s %14s %12s%n", "training", "syllables", "held-out", "examples");
        for (boolean withRegister : new boolean[] {false, true}) {
            NgramModelBuilder builder = new NgramModelBuilder();
            if (withRegister) {
                CommentRegister.sentences().forEach(builder::add);
            }
            DemoArticles.texts().forEach(builder::add);
            NgramModel model = builder.build(0);
            RestorerEvaluation.Accuracy a = RestorerEvaluation.accuracy(model, heldOut);
            RestorerEvaluation.Accuracy e = RestorerEvaluation.accuracy(model, CommentSets.EXAMPLES);
            System.out.printf(
                    "%-34s %12s %13.2f%% %11.2f%%%n",
                    withRegister ? "demo articles + comment text" : "demo articles",
                    String.format("%,d", builder.syllables()),
                    a.percent(),
                    e.percent());
            for (String example : CommentSets.EXAMPLES) {
                System.out.println("    " + DiacriticsRestorer.restore(model, VietnameseText.fold(example)));
            }
        }
    }

    /** Train on the start of the corpus, test on its last 50,000 syllables. */
    private static NgramModel restorerOnCorpus(Path corpus) throws IOException {
        System.out.println();
        System.out.println("== Restorer on " + corpus.getFileName() + " (test: last 50,000 syllables) ==");
        List<String> lines = new ArrayList<>();
        try (Stream<Path> files = Files.isDirectory(corpus) ? Files.walk(corpus) : Stream.of(corpus)) {
            for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
                for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
                    if (!line.isBlank()) {
                        lines.add(VietnameseText.nfc(line.strip()));
                    }
                }
            }
        }
        List<String> test = new ArrayList<>();
        long testSyllables = 0;
        int cut = lines.size();
        while (cut > 0 && testSyllables < 50_000) {
            String line = lines.get(--cut);
            test.add(line);
            testSyllables +=
                    TextTokens.segments(line).stream().mapToInt(List::size).sum();
        }
        List<String> train = lines.subList(0, cut);
        System.out.printf(
                "%-28s %12s %12s %12s %10s%n", "training syllables", "trigram", "unigram", "test", "build ms");
        NgramModel last = null;
        for (long budget : new long[] {10_000, 100_000, 1_000_000, Long.MAX_VALUE}) {
            long start = System.nanoTime();
            NgramModelBuilder builder = new NgramModelBuilder();
            for (String s : train) {
                if (builder.syllables() >= budget) {
                    break;
                }
                builder.add(s);
            }
            NgramModel model = builder.build(0);
            long buildMs = (System.nanoTime() - start) / 1_000_000;
            RestorerEvaluation.Accuracy a = RestorerEvaluation.accuracy(model, test);
            System.out.printf(
                    "%-28s %11.2f%% %11.2f%% %12d %10d%n",
                    String.format("%,d", builder.syllables()),
                    a.percent(),
                    100.0 * UnigramBaseline.correct(model, test) / a.total(),
                    a.total(),
                    buildMs);
            last = model;
            if (builder.syllables() < budget) {
                break;
            }
        }
        Path file = Files.createTempFile("vietnamese-model", ".bin");
        ModelFiles.write(last, file);
        long start = System.nanoTime();
        sink = ModelFiles.read(file);
        System.out.printf(
                "model file %,d bytes, loaded in %d ms%n", Files.size(file), (System.nanoTime() - start) / 1_000_000);
        Files.delete(file);
        return last;
    }

    /**
     * Without a large corpus, size and speed at a million syllables are still measured: text made by a random walk
     * over the project's bigrams, with random jumps, has many more distinct bigrams and trigrams than these
     * sentences, as a paper's archive would.
     * Its accuracy means nothing and is not printed.
     */
    private static NgramModel syntheticMillion() throws IOException {
        System.out.println();
        System.out.println("== Restorer model at 1,000,000 syllables of synthetic text (size and speed only) ==");
        NgramModel small = RestorerEvaluation.train(EvaluationSets.vietnamese());
        java.util.Map<Integer, List<Integer>> next = new java.util.HashMap<>();
        List<Integer> starts = new ArrayList<>();
        for (String s : EvaluationSets.vietnamese()) {
            for (List<String> segment : TextTokens.segments(s)) {
                int previous = -1;
                for (String syllable : segment) {
                    int id = small.id(syllable);
                    if (previous < 0) {
                        starts.add(id);
                    } else {
                        next.computeIfAbsent(previous, k -> new ArrayList<>()).add(id);
                    }
                    previous = id;
                }
            }
        }
        java.util.Random random = new java.util.Random(42);
        NgramModelBuilder builder = new NgramModelBuilder();
        long start = System.nanoTime();
        while (builder.syllables() < 1_000_000) {
            StringBuilder sentence = new StringBuilder();
            int w = starts.get(random.nextInt(starts.size()));
            for (int k = 0; k < 5 + random.nextInt(20); k++) {
                sentence.append(small.word(w)).append(' ');
                List<Integer> followers = next.get(w);
                if (followers == null) {
                    break;
                }
                // a jump now and then makes the new bigrams a real archive has beyond these sentences
                w = random.nextInt(4) == 0
                        ? starts.get(random.nextInt(starts.size()))
                        : followers.get(random.nextInt(followers.size()));
            }
            builder.add(sentence.append('.').toString());
        }
        NgramModel model = builder.build(0);
        long buildMs = (System.nanoTime() - start) / 1_000_000;
        Path file = Files.createTempFile("vietnamese-model", ".bin");
        ModelFiles.write(model, file);
        start = System.nanoTime();
        sink = ModelFiles.read(file);
        long loadMs = (System.nanoTime() - start) / 1_000_000;
        System.out.printf(
                "%,d syllables, %,d bigrams, %,d trigrams: built in %d ms, file %,d bytes, loaded in %d ms"
                        + " (target < 1 s)%n",
                builder.syllables(),
                model.bigrams().size(),
                model.trigrams().size(),
                buildMs,
                Files.size(file),
                loadMs);
        Files.delete(file);
        return model;
    }

    private static void speed(NgramModel model) {
        System.out.println();
        System.out.printf("(restorer model: %,d syllables)%n", model.syllableCount());
        System.out.println("== Speed (thread CPU time after warm-up; median of 7 rounds) ==");
        List<String> sentences = EvaluationSets.vietnamese();
        String comment = join(sentences, 0, 3_000);
        String stripped = VietnameseText.fold(comment);
        DiacriticsDetector detector = new DiacriticsDetector();

        double lower = nanos(() -> comment.toLowerCase(Locale.ROOT));
        double marked = nanos(() -> detector.isMissingDiacritics(comment));
        double bare = nanos(() -> detector.isMissingDiacritics(stripped));
        System.out.printf("%-58s %10s %10s%n", "", "time", "x lower()");
        timing("String.toLowerCase, 3,000 characters (reference)", lower, lower);
        timing("detector, marked 3,000-character comment (< 1 ms)", marked, lower);
        timing("detector, stripped 3,000-character comment (< 1 ms)", bare, lower);

        String restoreInput = VietnameseText.fold(joinSyllables(sentences, 300));
        DiacriticsRestorer restorer = new DiacriticsRestorer(model);
        double lowerR = nanos(() -> restoreInput.toLowerCase(Locale.ROOT));
        double unigram = nanos(() -> UnigramBaseline.restore(model, restoreInput));
        double restore = nanos(() -> restorer.restore(restoreInput));
        timing("String.toLowerCase, 300-syllable comment (reference)", lowerR, lowerR);
        timing("unigram baseline, 300-syllable comment", unigram, lowerR);
        timing("restorer, 300-syllable comment (< 20 ms)", restore, lowerR);
    }

    private static String join(List<String> sentences, int from, int length) {
        StringBuilder out = new StringBuilder();
        for (int i = from; out.length() < length; i++) {
            out.append(sentences.get(i % sentences.size())).append(' ');
        }
        return out.substring(0, length);
    }

    private static String joinSyllables(List<String> sentences, int syllables) {
        StringBuilder out = new StringBuilder();
        int count = 0;
        for (int i = 500; count < syllables; i++) {
            String s = sentences.get(i % sentences.size());
            count += EvaluationSets.syllableCount(s);
            out.append(s).append(' ');
        }
        return out.toString().strip();
    }

    private static double nanos(Supplier<Object> work) {
        long deadline = System.nanoTime() + 1_000_000_000L;
        int calls = 0;
        while (System.nanoTime() < deadline || calls < 50) {
            sink = work.get();
            calls++;
        }
        int batch = Math.max(5, calls / 10);
        double[] rounds = new double[7];
        for (int r = 0; r < rounds.length; r++) {
            long start = CPU.getCurrentThreadCpuTime();
            for (int i = 0; i < batch; i++) {
                sink = work.get();
            }
            rounds[r] = (CPU.getCurrentThreadCpuTime() - start) / (double) batch;
        }
        Arrays.sort(rounds);
        return rounds[rounds.length / 2];
    }

    private static void timing(String label, double nanos, double reference) {
        String time =
                nanos >= 1_000_000 ? String.format("%.2f ms", nanos / 1e6) : String.format("%.1f µs", nanos / 1e3);
        System.out.printf("%-58s %10s %9.1fx%n", label, time, nanos / reference);
    }

    private static void row(String label, long hits, long total) {
        System.out.printf("%-52s %6.2f %% (%d of %d)%n", label, 100.0 * hits / total, hits, total);
    }
}
