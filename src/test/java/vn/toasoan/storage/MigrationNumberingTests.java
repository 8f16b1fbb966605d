package vn.toasoan.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * New migrations are numbered one above the highest, so that an upgrade applies them in order; the released ones
 * keep the numbers databases in the field have recorded (see {@code db/migration/README.md}).
 */
class MigrationNumberingTests {

    /** The versions released while each feature numbered its migrations in a range of its own. */
    static final List<Integer> RELEASED_IN_RANGES = Stream.of(
                    IntStream.rangeClosed(1, 6), IntStream.rangeClosed(10, 19), IntStream.rangeClosed(30, 34))
            .flatMap(IntStream::boxed)
            .toList();

    @Test
    void theReleasedMigrationsKeepTheirNumbersAndNewOnesFollowTheHighest() throws IOException {
        List<Integer> versions = versions();
        int last = RELEASED_IN_RANGES.get(RELEASED_IN_RANGES.size() - 1);
        List<Integer> released = versions.stream().filter(v -> v <= last).toList();
        List<Integer> added = versions.stream().filter(v -> v > last).toList();

        assertThat(released).as("migrations numbered within the old ranges").isEqualTo(RELEASED_IN_RANGES);
        assertThat(added)
                .as("migrations after V%d, one number after another", last)
                .isEqualTo(IntStream.rangeClosed(last + 1, last + added.size())
                        .boxed()
                        .toList());
    }

    private static List<Integer> versions() throws IOException {
        Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath:db/migration/*.sql");
        return Stream.of(files)
                .map(Resource::getFilename)
                .peek(name -> assertThat(name).matches("V\\d+__[a-z0-9_]+\\.sql"))
                .map(name -> Integer.parseInt(name.substring(1, name.indexOf("__"))))
                .sorted()
                .toList();
    }
}
