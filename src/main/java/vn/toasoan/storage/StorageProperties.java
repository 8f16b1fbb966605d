package vn.toasoan.storage;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where Tòa Soạn keeps its state.
 *
 * @param dataDir the data directory: embedded PostgreSQL cluster, Lucene index, uploaded files
 *     ({@code TOASOAN_DATA_DIR}, default {@code ./data})
 * @param db an external PostgreSQL; when its URL is blank the embedded one starts
 * @param postgresBinaries where the embedded PostgreSQL binaries are unpacked (default: under the data directory)
 */
@ConfigurationProperties("toasoan")
public record StorageProperties(
        @DefaultValue("./data") Path dataDir, @DefaultValue Database db, Path postgresBinaries) {

    /**
     * @param url {@code TOASOAN_DB_URL}, a {@code jdbc:postgresql://} URL; blank means embedded
     * @param user {@code TOASOAN_DB_USER}
     * @param password {@code TOASOAN_DB_PASSWORD}
     * @param replicaUrl {@code TOASOAN_DB_REPLICA_URL}: a streaming replica of that database for readers' pages; blank
     *     sends everything to {@code url}
     * @param replicaUser {@code TOASOAN_DB_REPLICA_USER}, the primary's user when blank
     * @param replicaPassword {@code TOASOAN_DB_REPLICA_PASSWORD}, the primary's password when blank
     */
    public record Database(
            String url, String user, String password, String replicaUrl, String replicaUser, String replicaPassword) {

        @ConstructorBinding
        public Database {}

        /** A database without a replica. */
        public Database(String url, String user, String password) {
            this(url, user, password, null, null, null);
        }

        boolean external() {
            return url != null && !url.isBlank();
        }

        boolean replicated() {
            return external() && replicaUrl != null && !replicaUrl.isBlank();
        }
    }
}
