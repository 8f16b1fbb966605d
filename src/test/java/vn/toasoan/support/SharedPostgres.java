package vn.toasoan.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.UUID;

/**
 * One PostgreSQL server that several application nodes share, as an external database would be: the embedded
 * PostgreSQL from the test dependencies, in a folder of its own, listening on a free port of loopback.
 */
public final class SharedPostgres implements AutoCloseable {

    private final EmbeddedPostgres postgres;

    private SharedPostgres(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    public static SharedPostgres start() {
        Path cluster = Path.of("target", "test-data", "shared-" + UUID.randomUUID());
        try {
            return new SharedPostgres(EmbeddedPostgres.builder()
                    .setDataDirectory(cluster)
                    .setCleanDataDirectory(true)
                    .setOverrideWorkingDirectory(
                            Path.of("target", "postgres-bin").toAbsolutePath().toFile())
                    .setServerConfig("max_connections", "100")
                    .start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    public int port() {
        return postgres.getPort();
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
