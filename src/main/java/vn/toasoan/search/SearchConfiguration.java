package vn.toasoan.search;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import vn.toasoan.storage.DataDirectory;

@Configuration(proxyBeanMethods = false)
class SearchConfiguration {

    /**
     * Under the data directory, beside the embedded database; each app node has its own, rebuilt from PostgreSQL.
     * Opened on first use, so that a command such as import-page never opens it.
     */
    @Bean(destroyMethod = "close")
    @Lazy
    ArticleIndex articleIndex(DataDirectory dataDirectory) {
        return ArticleIndex.open(dataDirectory.resolve("search"));
    }
}
