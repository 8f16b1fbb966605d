package vn.toasoan.vietnamese;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import vn.toasoan.storage.DataDirectory;
import vn.toasoan.storage.StorageProperties;

/** The feature's beans in a small plain Spring context, without the rest of the application. */
class VietnameseWiringTests {

    @TempDir
    Path dataDir;

    @Test
    void theRestorerLearnsFromPublishedArticlesOnceTheApplicationIsReady() throws Exception {
        try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext()) {
            context.registerBean(
                    StorageProperties.class,
                    () -> new StorageProperties(dataDir, new StorageProperties.Database(null, null, null), null));
            context.register(
                    DataDirectory.class,
                    DiacriticsDetector.class,
                    DiacriticsRestorer.class,
                    VietnameseCheckController.class);
            context.registerBean(PublishedTextSource.class, () -> new PublishedTextSource() {
                @Override
                public void forEachPublishedText(Consumer<String> sink) {
                    EvaluationSets.vietnamese().forEach(sink);
                }

                @Override
                public long publishedCount() {
                    return 2_030;
                }
            });
            context.refresh();
            DiacriticsRestorer restorer = context.getBean(DiacriticsRestorer.class);
            assertThat(restorer.restore("cam on ban"))
                    .as("no model before start-up")
                    .isEmpty();

            context.publishEvent(
                    new ApplicationReadyEvent(new SpringApplication(), new String[0], context, Duration.ZERO));
            long deadline = System.nanoTime() + 30_000_000_000L;
            while (!restorer.hasModel() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }

            assertThat(restorer.restore("cam on ban rat nhieu")).hasValue("cảm ơn bạn rất nhiều");
            assertThat(Files.isRegularFile(dataDir.resolve("vietnamese").resolve("model.bin")))
                    .isTrue();
        }
    }

    @Test
    void theApplicationRunsWithoutAnySourceOfArticles() {
        try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext()) {
            context.registerBean(
                    StorageProperties.class,
                    () -> new StorageProperties(dataDir, new StorageProperties.Database(null, null, null), null));
            context.register(DataDirectory.class, DiacriticsDetector.class, DiacriticsRestorer.class);
            context.refresh();
            context.getBean(DiacriticsRestorer.class).rebuildModelIfDue();
            assertThat(context.getBean(DiacriticsDetector.class).isMissingDiacritics("cam on ban"))
                    .isTrue();
            assertThat(context.getBean(DiacriticsRestorer.class).restore("cam on ban"))
                    .isEmpty();
        }
    }
}
