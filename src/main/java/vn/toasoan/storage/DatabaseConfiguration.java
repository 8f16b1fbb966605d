package vn.toasoan.storage;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** PostgreSQL everywhere: the embedded server by default, an external one when {@code TOASOAN_DB_URL} is set. */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    @Bean(destroyMethod = "close")
    @ConditionalOnExpression("'${toasoan.db.url:}'.isBlank()")
    DataDirectoryLock dataDirectoryLock(DataDirectory dataDirectory) {
        return DataDirectoryLock.acquire(dataDirectory.path());
    }

    @Bean(destroyMethod = "close")
    @ConditionalOnExpression("'${toasoan.db.url:}'.isBlank()")
    EmbeddedPostgresServer embeddedPostgres(
            DataDirectory dataDirectory, StorageProperties properties, DataDirectoryLock lock) throws IOException {
        var binaries = properties.postgresBinaries() != null
                ? properties.postgresBinaries().toAbsolutePath()
                : dataDirectory.resolve("postgres-bin");
        return EmbeddedPostgresServer.start(dataDirectory.resolve("postgres"), binaries);
    }

    @Bean(destroyMethod = "close")
    @ConditionalOnExpression("!'${toasoan.db.url:}'.isBlank()")
    HikariDataSource externalDataSource(StorageProperties properties) {
        var db = properties.db();
        var dataSource = pool();
        dataSource.setJdbcUrl(db.url());
        dataSource.setUsername(db.user());
        dataSource.setPassword(db.password());
        return dataSource;
    }

    @Bean(destroyMethod = "close")
    @ConditionalOnExpression("'${toasoan.db.url:}'.isBlank()")
    HikariDataSource embeddedDataSource(EmbeddedPostgresServer server) {
        var dataSource = pool();
        dataSource.setJdbcUrl(server.jdbcUrl());
        return dataSource;
    }

    private static HikariDataSource pool() {
        var dataSource = new HikariDataSource();
        dataSource.setPoolName("toasoan");
        dataSource.setMaximumPoolSize(10);
        return dataSource;
    }
}
