package vn.toasoan.storage;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
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
     */
    public record Database(String url, String user, String password) {

        boolean external() {
            return url != null && !url.isBlank();
        }
    }
}
