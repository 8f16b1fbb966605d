package vn.toasoan.search;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;
import org.jsoup.nodes.Entities;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.toasoan.ToaSoanApplication;
import vn.toasoan.articles.Articles;
import vn.toasoan.articles.NewArticle;
import vn.toasoan.articles.PageImporter;
import vn.toasoan.sections.Section;
import vn.toasoan.sections.Sections;

/**
 * Query latency of reader search against a reference measured in the same run: a PostgreSQL {@code ILIKE} scan of
 * the same published rows, as a site without a search index would answer. Run through {@code bench/search/run}.
 *
 * <p>Content: the demo articles, the sample page when it is beside the repository, and synthetic articles whose
 * titles and paragraphs are drawn from the demo paragraphs.
 */
public final class SearchBenchmark {

    private static final List<String> QUERIES = List.of(
            "pham van canh",
            "Phạm Văn Cành",
            "cau ben may",
            "cầu Bến Mây",
            "thong xe",
            "ngân sách tỉnh",
            "hoc sinh",
            "sông Lam",
            "bao hiem that nghiep",
            "di tích lịch sử văn hóa",
            "giai chay",
            "xyzzy");

    private SearchBenchmark() {}

    public static void main(String[] args) throws Exception {
        int synthetic = args.length > 0 ? Integer.parseInt(args[0]) : 3_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        Path dataDir = Files.createTempDirectory("toasoan-search-bench");
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(ToaSoanApplication.class)
                .logStartupInfo(false)
                // command-line arguments, so that they win over application.properties
                .run(
                        "--toasoan.data-dir=" + dataDir,
                        "--toasoan.postgres-binaries="
                                + Path.of("target", "postgres-bin").toAbsolutePath(),
                        "--server.port=0",
                        "--logging.level.root=WARN")) {
            new SearchBenchmark().run(app, synthetic, rounds);
        } finally {
            if (Boolean.getBoolean("bench.keep")) {
                System.out.println("Data directory kept: " + dataDir);
                return;
            }
            try (Stream<Path> files = Files.walk(dataDir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private void run(ConfigurableApplicationContext app, int synthetic, int rounds) throws Exception {
        Articles articles = app.getBean(Articles.class);
        SearchIndexer indexer = app.getBean(SearchIndexer.class);
        Search search = app.getBean(Search.class);
        JdbcClient jdbc = app.getBean(JdbcClient.class);

        Path seed = Path.of("..", "shared", "seeds", "000_9a9edb975b539701.txt");
        if (Files.exists(seed)) {
            app.getBean(PageImporter.class).importFiles(List.of(seed), null);
        }
        long started = System.nanoTime();
        addSynthetic(articles, app.getBean(Sections.class).all(), app.getBean(Clock.class), synthetic);
        indexer.awaitIdle();
        long published = jdbc.sql("SELECT count(*) FROM articles WHERE status = 'PUBLISHED'")
                .query(Long.class)
                .single();
        long bodyChars = jdbc.sql("SELECT sum(length(title) + length(sapo) + length(body)) FROM articles")
                .query(Long.class)
                .single();
        System.out.printf(
                Locale.ROOT,
                "Published %d articles (%d synthetic, %.1f MB of text) and indexed them in %.1f s%n",
                published,
                synthetic,
                bodyChars / 1e6,
                (System.nanoTime() - started) / 1e9);

        ToLongFunction<String> lucene = q -> search.find(q, 1).total();
        ToLongFunction<String> ilike = q -> ilike(jdbc, q);
        for (int i = 0; i < 5; i++) {
            QUERIES.forEach(lucene::applyAsLong);
            QUERIES.forEach(ilike::applyAsLong);
        }
        System.out.printf(
                Locale.ROOT, "%-26s %10s %10s %10s %10s%n", "query", "lucene ms", "found", "ILIKE ms", "found");
        List<Long> luceneAll = new ArrayList<>();
        List<Long> ilikeAll = new ArrayList<>();
        for (String query : QUERIES) {
            long[] l = time(lucene, query, rounds);
            long[] p = time(ilike, query, rounds);
            Arrays.stream(l).forEach(luceneAll::add);
            Arrays.stream(p).forEach(ilikeAll::add);
            System.out.printf(
                    Locale.ROOT,
                    "%-26s %10.2f %10d %10.2f %10d%n",
                    query,
                    median(l) / 1e6,
                    lucene.applyAsLong(query),
                    median(p) / 1e6,
                    ilike.applyAsLong(query));
        }
        double luceneMedian = median(luceneAll);
        double ilikeMedian = median(ilikeAll);
        System.out.printf(
                Locale.ROOT,
                "%nAll queries, %d rounds each: Lucene (ranked, with snippets) median %.2f ms, p95 %.2f ms;"
                        + " PostgreSQL ILIKE scan median %.2f ms, p95 %.2f ms%n",
                rounds,
                luceneMedian / 1e6,
                percentile(luceneAll, 0.95) / 1e6,
                ilikeMedian / 1e6,
                percentile(ilikeAll, 0.95) / 1e6);
        System.out.printf(Locale.ROOT, "Ratio ILIKE / Lucene (medians): %.1fx%n", ilikeMedian / luceneMedian);
    }

    /** Newest first with the total count, as a search page without an index would ask. */
    private static long ilike(JdbcClient jdbc, String query) {
        String pattern = "%" + query.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        List<Long> totals = jdbc.sql("""
                        SELECT count(*) OVER () AS total FROM articles
                        WHERE status = 'PUBLISHED' AND (title ILIKE :p OR sapo ILIKE :p OR body ILIKE :p)
                        ORDER BY published_at DESC LIMIT 10""").param("p", pattern).query(Long.class).list();
        return totals.isEmpty() ? 0 : totals.get(0);
    }

    private static void addSynthetic(Articles articles, List<Section> sections, Clock clock, int count) {
        List<String> paragraphs = new ArrayList<>();
        List<String> titleWords = new ArrayList<>();
        articles.forEachPublished(article -> {
            paragraphs.addAll(Arrays.asList(IndexedArticle.text(article.body()).split("\n")));
            titleWords.addAll(Arrays.asList(article.title().split(" ")));
        });
        var random = new Random(42);
        for (int i = 0; i < count; i++) {
            var title = new StringBuilder();
            for (int w = 6 + random.nextInt(8); w > 0; w--) {
                title.append(titleWords.get(random.nextInt(titleWords.size()))).append(' ');
            }
            var body = new StringBuilder();
            for (int p = 4 + random.nextInt(6); p > 0; p--) {
                body.append("<p>")
                        .append(Entities.escape(paragraphs.get(random.nextInt(paragraphs.size()))))
                        .append("</p>");
            }
            var published = clock.instant().minus(Duration.ofMinutes(random.nextInt(60 * 24 * 1500)));
            articles.publish(new NewArticle(
                    sections.get(random.nextInt(sections.size())).id(),
                    title.toString().strip(),
                    paragraphs.get(random.nextInt(paragraphs.size())),
                    body.toString(),
                    "PV",
                    List.of(),
                    List.of(),
                    published,
                    published));
        }
    }

    private static long[] time(ToLongFunction<String> engine, String query, int rounds) {
        long[] nanos = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            engine.applyAsLong(query);
            nanos[i] = System.nanoTime() - start;
        }
        return nanos;
    }

    private static double median(long[] values) {
        return median(Arrays.stream(values).boxed().toList());
    }

    private static double median(List<Long> values) {
        return percentile(values, 0.5);
    }

    private static double percentile(List<Long> values, double p) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get((int) Math.min(sorted.size() - 1, Math.floor(p * sorted.size())));
    }
}
