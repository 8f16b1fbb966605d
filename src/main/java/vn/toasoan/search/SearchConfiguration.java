package vn.toasoan.search;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.toasoan.storage.DataDirectory;

@Configuration(proxyBeanMethods = false)
class SearchConfiguration {

    /** Under the data directory, beside the embedded database; each app node has its own, rebuilt from PostgreSQL. */
    @Bean(destroyMethod = "close")
    ArticleIndex articleIndex(DataDirectory dataDirectory) {
        return ArticleIndex.open(dataDirectory.resolve("search"));
    }
}
