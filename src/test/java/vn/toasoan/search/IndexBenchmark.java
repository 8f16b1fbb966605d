package vn.toasoan.search;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Reader search latency on an index that import-archive built: each query as the search page runs it (ranked, with
 * snippets), p50 and p95 over all rounds, and the index's size on disk. Run through {@code bench/archive/run}.
 *
 * <pre>
 * java … vn.toasoan.search.IndexBenchmark DATA_DIR/search [ROUNDS]
 * </pre>
 */
public final class IndexBenchmark {

    static final List<String> QUERIES = List.of(
            "pham van",
            "Phạm Văn",
            "hoc sinh",
            "học sinh",
            "tinh uy",
            "Tỉnh ủy",
            "nguoi dan",
            "người dân",
            "binh duong",
            "giá lúa tăng",
            "dich vu cong truc tuyen",
            "ông Nguyễn",
            "xyzzy quokka",
            "hoc sinhh");

    private IndexBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path path = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        long bytes;
        try (Stream<Path> files = Files.walk(path)) {
            bytes = files.filter(Files::isRegularFile)
                    .mapToLong(p -> p.toFile().length())
                    .sum();
        }
        try (ArticleIndex index = ArticleIndex.open(path)) {
            Instant now = Instant.now();
            for (int i = 0; i < 5; i++) {
                QUERIES.forEach(q -> index.search(ReaderQuery.parse(q), now, 0, 10));
            }
            List<Long> all = new ArrayList<>();
            System.out.printf(Locale.ROOT, "%-26s %10s %10s %10s%n", "query", "p50 ms", "p95 ms", "found");
            for (String q : QUERIES) {
                List<Long> nanos = new ArrayList<>();
                long found = 0;
                for (int r = 0; r < rounds; r++) {
                    long start = System.nanoTime();
                    ArticleIndex.Hits hits = index.search(ReaderQuery.parse(q), now, 0, 10);
                    if (hits.total() == 0) {
                        index.corrected(ReaderQuery.parse(q)); // the page looks for a suggestion then
                    }
                    nanos.add(System.nanoTime() - start);
                    found = hits.total();
                }
                all.addAll(nanos);
                System.out.printf(
                        Locale.ROOT,
                        "%-26s %10.2f %10.2f %10d%n",
                        q,
                        percentile(nanos, 0.5) / 1e6,
                        percentile(nanos, 0.95) / 1e6,
                        found);
            }
            System.out.printf(
                    Locale.ROOT,
                    "%n%d articles, index %.1f MB; all queries: p50 %.2f ms, p95 %.2f ms%n",
                    index.size(),
                    bytes / 1e6,
                    percentile(all, 0.5) / 1e6,
                    percentile(all, 0.95) / 1e6);
        }
    }

    private static double percentile(List<Long> values, double p) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get((int) Math.min(sorted.size() - 1, Math.floor(p * sorted.size())));
    }
}
