package vn.toasoan.storage;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import vn.toasoan.support.ToaSoanIntegrationTest;

/**
 * Each feature numbers its migrations in its own range, so an upgrade brings a feature's new migration below ones
 * another feature already applied. The paper's IT person must be able to upgrade an existing database all the same.
 */
@ToaSoanIntegrationTest
class UpgradeMigrationIntegrationTests {

    @Autowired
    Flyway flyway;

    @Autowired
    DataSource application;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path folder;

    @Test
    void aDatabaseOfTheFirstReleaseUpgradesToThisOne() throws Exception {
        var dataSource = application.unwrap(HikariDataSource.class);
        String name = "nang_cap_" + UUID.randomUUID().toString().replace("-", "");
        jdbc.sql("CREATE DATABASE " + name).update();
        try {
            var older = new SimpleDriverDataSource(
                    new org.postgresql.Driver(),
                    dataSource.getJdbcUrl().replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1"),
                    dataSource.getUsername(),
                    dataSource.getPassword());
            Flyway.configure()
                    .configuration(flyway.getConfiguration())
                    .dataSource(older)
                    .locations("filesystem:" + firstRelease())
                    .load()
                    .migrate();
            // its first start made the administrator, and the administrator chose to start without demo content
            JdbcClient.create(older)
                    .sql("INSERT INTO accounts (email, display_name, password_hash, role)"
                            + " VALUES ('admin@toasoan.local', 'Quản trị viên', '{noop}khong-dung', 'ADMIN')")
                    .update();
            long before = JdbcClient.create(older)
                    .sql("SELECT count(*) FROM flyway_schema_history WHERE success")
                    .query(Long.class)
                    .single();

            var upgrade = Flyway.configure()
                    .configuration(flyway.getConfiguration())
                    .dataSource(older)
                    .load()
                    .migrate();

            assertThat(upgrade.success).isTrue();
            assertThat(upgrade.migrationsExecuted).isGreaterThan(0);
            assertThat(JdbcClient.create(older)
                            .sql("SELECT count(*) FROM flyway_schema_history WHERE success")
                            .query(Long.class)
                            .single())
                    .isEqualTo(before + upgrade.migrationsExecuted);
            assertThat(flyway.info().pending()).isEmpty();
            assertThat(JdbcClient.create(older)
                            .sql("SELECT count(*) FROM installation")
                            .query(Long.class)
                            .single())
                    .as("an upgraded database has had its first start")
                    .isEqualTo(1);
        } finally {
            jdbc.sql("DROP DATABASE IF EXISTS " + name).update();
        }
    }

    /** The migrations the first release shipped: V1 to V5 (site), V10 to V16 (newsroom), V30 to V32 (comments). */
    private Path firstRelease() throws IOException {
        for (Resource migration :
                new PathMatchingResourcePatternResolver().getResources("classpath:db/migration/V*__*.sql")) {
            int version = Integer.parseInt(
                    migration.getFilename().substring(1, migration.getFilename().indexOf("__")));
            if (version <= 5 || (version >= 10 && version <= 16) || (version >= 30 && version <= 32)) {
                try (var in = migration.getInputStream()) {
                    Files.copy(in, folder.resolve(migration.getFilename()));
                }
            }
        }
        return folder;
    }
}
