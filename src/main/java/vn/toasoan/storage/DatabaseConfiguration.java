package vn.toasoan.storage;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;
import org.postgresql.Driver;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.toasoan.platform.DatabaseSessions;

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
    @ConditionalOnExpression("!'${toasoan.db.url:}'.isBlank() && '${toasoan.db.replica-url:}'.isBlank()")
    HikariDataSource externalDataSource(StorageProperties properties) {
        var db = properties.db();
        var dataSource = pool();
        dataSource.setJdbcUrl(db.url());
        dataSource.setUsername(db.user());
        dataSource.setPassword(db.password());
        return dataSource;
    }

    /** Readers' pages read from the replica; the newsroom, the API, every write and every job use the primary. */
    @Bean
    @ConditionalOnExpression("!'${toasoan.db.url:}'.isBlank() && !'${toasoan.db.replica-url:}'.isBlank()")
    ReplicaRouting replicatedDataSource(Replica replica) {
        return new ReplicaRouting(replica);
    }

    /** Also told of every commit, so that this node's readers wait for the replica to replay it. */
    @Bean(destroyMethod = "close")
    @ConditionalOnExpression("!'${toasoan.db.url:}'.isBlank() && !'${toasoan.db.replica-url:}'.isBlank()")
    Replica replica(StorageProperties properties) {
        var db = properties.db();
        var primary = pool();
        primary.setJdbcUrl(db.url());
        primary.setUsername(db.user());
        primary.setPassword(db.password());
        var replica = pool();
        replica.setPoolName("toasoan-replica");
        replica.setJdbcUrl(db.replicaUrl());
        replica.setUsername(blank(db.replicaUser()) ? db.user() : db.replicaUser());
        replica.setPassword(blank(db.replicaPassword()) ? db.password() : db.replicaPassword());
        replica.setReadOnly(true);
        // a replica that does not answer sends readers to the primary rather than keep them waiting
        replica.setConnectionTimeout(2_000);
        replica.setInitializationFailTimeout(-1);
        return new Replica(primary, replica);
    }

    /** The change feed's listening connection: to the primary, like the pool's, but a session of its own. */
    @Bean
    DatabaseSessions databaseSessions(StorageProperties properties, ObjectProvider<EmbeddedPostgresServer> embedded) {
        return purpose -> {
            var db = properties.db();
            var settings = new Properties();
            settings.setProperty("ApplicationName", purpose);
            settings.setProperty("tcpKeepAlive", "true");
            String url;
            if (db.external()) {
                url = db.url();
                if (!blank(db.user())) {
                    settings.setProperty("user", db.user());
                }
                if (db.password() != null) {
                    settings.setProperty("password", db.password());
                }
            } else {
                url = embedded.getObject().jdbcUrl();
            }
            Connection connection = new Driver().connect(url, settings);
            if (connection == null) {
                throw new SQLException("Not a PostgreSQL URL: " + url);
            }
            return connection;
        };
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
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
