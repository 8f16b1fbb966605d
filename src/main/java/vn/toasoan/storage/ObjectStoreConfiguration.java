package vn.toasoan.storage;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.toasoan.platform.OperatorText;

/** The data directory's folders by default; an S3-compatible bucket when {@code TOASOAN_S3_ENDPOINT} is set. */
@Configuration(proxyBeanMethods = false)
class ObjectStoreConfiguration {

    @Bean
    ObjectStore objectStore(S3Properties s3, DataDirectory dataDirectory) {
        if (!s3.configured()) {
            return new DirectoryStore(dataDirectory.path());
        }
        if (s3.bucket() == null || s3.bucket().isBlank()) {
            throw new IllegalStateException(OperatorText.get("storage.s3.noBucket"));
        }
        var store = new S3Store(s3);
        store.checkReachable();
        return store;
    }
}
