package vn.toasoan.vietnamese;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelKeeperTests {

    @TempDir
    Path dir;

    private final AtomicReference<NgramModel> published = new AtomicReference<>();

    /** Published articles, with a count the test can raise. */
    static final class Articles implements PublishedTextSource {
        final List<String> texts;
        volatile long count;
        final CountDownLatch release;

        Articles(List<String> texts, long count, CountDownLatch release) {
            this.texts = texts;
            this.count = count;
            this.release = release;
        }

        @Override
        public void forEachPublishedText(Consumer<String> sink) {
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            texts.forEach(sink);
        }

        @Override
        public long publishedCount() {
            return count;
        }
    }

    @Test
    void buildsInTheBackgroundStoresTheModelAndLoadsItAtTheNextStart() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        Articles articles = new Articles(EvaluationSets.vietnamese(), 120, release);
        Path file = dir.resolve("vietnamese").resolve("model.bin");
        ModelKeeper keeper = new ModelKeeper(file, () -> articles, published::set);

        Thread build = keeper.startInBackground();
        assertThat(published.get()).as("start-up does not wait for the build").isNull();
        release.countDown();
        build.join(30_000);

        assertThat(published.get()).isNotNull();
        assertThat(Files.isRegularFile(file)).isTrue();
        assertThat(leftovers()).as("no temporary file left beside the model").isEmpty();

        AtomicReference<NgramModel> reloaded = new AtomicReference<>();
        long start = System.nanoTime();
        new ModelKeeper(file, () -> null, reloaded::set).loadOrBuild();
        assertThat(reloaded.get()).isNotNull();
        assertThat(System.nanoTime() - start).as("loads in under a second").isLessThan(1_000_000_000L);
        assertThat(new DiacriticsRestorer(reloaded.get()).restore("cam on ban rat nhieu"))
                .hasValue("cảm ơn bạn rất nhiều");
        assertThat(reloaded.get().publishedCount()).isEqualTo(120);
    }

    @Test
    void withoutPublishedTextThereIsNoModelAndNoFile() {
        Path file = dir.resolve("model.bin");
        new ModelKeeper(file, () -> null, published::set).loadOrBuild();
        new ModelKeeper(file, () -> new Articles(List.of(), 0, new CountDownLatch(0)), published::set).loadOrBuild();
        assertThat(published.get()).isNull();
        assertThat(Files.exists(file)).isFalse();
    }

    @Test
    void aDamagedModelFileIsReplacedByANewBuild() throws IOException {
        Path file = dir.resolve("model.bin");
        Files.writeString(file, "not a model");
        new ModelKeeper(
                        file,
                        () -> new Articles(List.of("Cảm ơn bạn rất nhiều."), 1, new CountDownLatch(0)),
                        published::set)
                .loadOrBuild();
        assertThat(published.get()).isNotNull();
    }

    @Test
    void rebuildsOnlyWhenEnoughHasBeenPublished() {
        assertThat(ModelKeeper.rebuildDue(-1, 1))
                .as("first article, no model yet")
                .isTrue();
        assertThat(ModelKeeper.rebuildDue(-1, 0)).isFalse();
        assertThat(ModelKeeper.rebuildDue(1_000, 1_049)).isFalse();
        assertThat(ModelKeeper.rebuildDue(1_000, 1_100)).isTrue();
        assertThat(ModelKeeper.rebuildDue(10, 59)).isFalse();
        assertThat(ModelKeeper.rebuildDue(10, 60)).isTrue();
        assertThat(ModelKeeper.rebuildDue(100_000, 105_000))
                .as("5 %% is not enough")
                .isFalse();
    }

    @Test
    void aScheduledCheckRebuildsAfterGrowth() throws Exception {
        Articles articles = new Articles(EvaluationSets.vietnamese(), 100, new CountDownLatch(0));
        ModelKeeper keeper = new ModelKeeper(dir.resolve("model.bin"), () -> articles, published::set);
        keeper.loadOrBuild();
        NgramModel first = published.get();

        assertThat(keeper.rebuildIfDue()).as("nothing new").isNull();
        articles.count = 200;
        Thread rebuild = keeper.rebuildIfDue();
        assertThat(rebuild).isNotNull();
        rebuild.join(30_000);
        assertThat(published.get()).isNotSameAs(first);
        assertThat(published.get().publishedCount()).isEqualTo(200);
    }

    private List<Path> leftovers() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.toString().endsWith(".tmp")).toList();
        }
    }

    @Test
    void aStoredModelOfFewerArticlesServesWhileTheArchiveIsLearnedInTheBackground() throws Exception {
        Path file = dir.resolve("model.bin");
        List<String> sentences = EvaluationSets.vietnamese();
        Articles before = new Articles(sentences.subList(0, 200), 100, new CountDownLatch(0));
        new ModelKeeper(file, () -> before, published::set).loadOrBuild();
        long syllablesBefore = published.get().syllableCount();

        CountDownLatch release = new CountDownLatch(1);
        Articles imported = new Articles(sentences, 100 + 5_000, release); // an archive imported meanwhile
        List<NgramModel> served = new java.util.concurrent.CopyOnWriteArrayList<>();
        Thread start = new ModelKeeper(file, () -> imported, served::add).startInBackground();

        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(10))
                .until(() -> !served.isEmpty());
        assertThat(served.get(0).syllableCount())
                .as("the stored model serves at once")
                .isEqualTo(syllablesBefore);
        release.countDown();
        start.join(30_000);
        assertThat(served).hasSize(2);
        assertThat(served.get(1).syllableCount()).isGreaterThan(syllablesBefore);
        assertThat(ModelFiles.read(file).publishedCount()).isEqualTo(5_100);
    }
}
