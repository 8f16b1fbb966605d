package vn.toasoan.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.toasoan.support.AppProcess;
import vn.toasoan.support.S3Server;

/**
 * A paper that has run on one machine moves its photos into a bucket to run on several: the command refuses while the
 * server runs on the embedded database, copies every file under the name the nodes will ask the bucket for, with a
 * progress report and a summary, and skips what is already there when run again.
 */
class MoveMediaToS3ProcessTests {

    @Test
    void anExistingSitesPhotosMoveIntoTheBucketAndAreServedFromThere() throws Exception {
        Path data = Path.of("target", "test-data", "move-" + UUID.randomUUID()).toAbsolutePath();
        try (S3Server s3 = S3Server.start()) {
            String[] bucket = arguments(s3);
            List<String> command = new ArrayList<>(List.of("move-media-to-s3"));
            command.addAll(List.of(bucket));
            var server = AppProcess.startServer(data, AppProcess.freePort(), "--toasoan.demo-content=true");
            try {
                assertThat(server.http().page("/").select("img[src^=/media/]")).isNotEmpty();
                var whileRunning = AppProcess.runCommand(data, command.toArray(String[]::new));
                assertThat(whileRunning.exitCode()).isNotZero();
                assertThat(whileRunning.err()).contains("Hãy dừng máy chủ");
            } finally {
                server.stop();
            }
            List<Path> photos = files(data.resolve("media"));
            assertThat(photos).hasSizeGreaterThan(4);
            assertThat(photos)
                    .as("the WebP copies move with the JPEGs")
                    .anySatisfy(file -> assertThat(file.toString()).endsWith(".webp"))
                    .anySatisfy(file -> assertThat(file.toString()).endsWith(".jpg"));

            var moved = AppProcess.runCommand(data, command.toArray(String[]::new));

            assertThat(moved.exitCode()).as(moved.err()).isZero();
            assertThat(moved.out())
                    .contains("Chuyển " + photos.size() + " tệp", "100% (" + photos.size() + "/" + photos.size() + ")")
                    .contains("Đã chuyển " + photos.size() + " tệp")
                    .contains("bỏ qua 0 tệp", "lỗi 0 tệp");
            for (Path file : photos) {
                assertThat(s3.object(data.relativize(file).toString())).hasSameBinaryContentAs(file);
            }

            // an interrupted run: one file never reached the bucket
            Files.delete(s3.object(data.relativize(photos.get(0)).toString()));
            var again = AppProcess.runCommand(data, command.toArray(String[]::new));
            assertThat(again.exitCode()).isZero();
            assertThat(again.out()).contains("Đã chuyển 1 tệp", "bỏ qua " + (photos.size() - 1) + " tệp");
        }
    }

    private static String[] arguments(S3Server s3) {
        return Stream.of(s3.nodeSettings()).map(s -> "--" + s).toArray(String[]::new);
    }

    private static List<Path> files(Path folder) throws Exception {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
