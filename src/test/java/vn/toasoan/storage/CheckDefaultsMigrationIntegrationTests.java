package vn.toasoan.storage;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import vn.toasoan.support.ToaSoanIntegrationTest;

/**
 * A near-duplicate paragraph and a photo without its credit block publishing on a new installation; an installation
 * where an administrator already chose keeps every choice.
 */
@ToaSoanIntegrationTest
class CheckDefaultsMigrationIntegrationTests {

    static final String MIGRATION = "__block_duplicates_and_uncredited_photos.sql";

    @Autowired
    Flyway flyway;

    @Autowired
    DataSource application;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aNewDatabaseBlocksDuplicatesAndUncreditedPhotos() throws Exception {
        Map<String, Boolean> policies = migrated(older -> {});

        assertThat(policies)
                .containsEntry("NEAR_DUPLICATE_PARAGRAPH", true)
                .containsEntry("FIGURE_WITHOUT_CREDIT", true)
                .doesNotContainKey("MISSING_SAPO");
    }

    @Test
    void anAdministratorsChoiceMadeBeforeTheUpgradeStands() throws Exception {
        Map<String, Boolean> policies =
                migrated(older -> JdbcClient.create(older).sql("""
                        INSERT INTO check_policies (code, blocking, changed_by) VALUES
                        ('NEAR_DUPLICATE_PARAGRAPH', false, 'admin@toasoan.local'),
                        ('FIGURE_WITHOUT_CREDIT', false, 'admin@toasoan.local'),
                        ('MISSING_SAPO', true, 'admin@toasoan.local')""").update());

        assertThat(policies)
                .containsEntry("NEAR_DUPLICATE_PARAGRAPH", false)
                .containsEntry("FIGURE_WITHOUT_CREDIT", false)
                .containsEntry("MISSING_SAPO", true);
    }

    /** A database migrated up to just before the change, touched by {@code before}, then migrated to this version. */
    private Map<String, Boolean> migrated(Consumer<DataSource> before) throws Exception {
        var dataSource = application.unwrap(HikariDataSource.class);
        String name = "chan_dang_" + UUID.randomUUID().toString().replace("-", "");
        jdbc.sql("CREATE DATABASE " + name).update();
        try {
            var database = new SimpleDriverDataSource(
                    new org.postgresql.Driver(),
                    dataSource.getJdbcUrl().replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1"),
                    dataSource.getUsername(),
                    dataSource.getPassword());
            Flyway.configure()
                    .configuration(flyway.getConfiguration())
                    .dataSource(database)
                    .target(MigrationVersion.fromVersion(String.valueOf(version() - 1)))
                    .load()
                    .migrate();
            before.accept(database);
            Flyway.configure()
                    .configuration(flyway.getConfiguration())
                    .dataSource(database)
                    .load()
                    .migrate();
            Map<String, Boolean> policies = new java.util.TreeMap<>();
            JdbcClient.create(database)
                    .sql("SELECT code, blocking FROM check_policies")
                    .query(rs -> {
                        policies.put(rs.getString("code"), rs.getBoolean("blocking"));
                    });
            return policies;
        } finally {
            jdbc.sql("DROP DATABASE IF EXISTS " + name).update();
        }
    }

    private static int version() throws IOException {
        for (Resource migration :
                new PathMatchingResourcePatternResolver().getResources("classpath:db/migration/V*" + MIGRATION)) {
            String file = migration.getFilename();
            return Integer.parseInt(file.substring(1, file.indexOf("__")));
        }
        throw new IllegalStateException("No migration named *" + MIGRATION);
    }
}
