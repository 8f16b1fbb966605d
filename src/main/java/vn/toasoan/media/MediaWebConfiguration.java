package vn.toasoan.media;

import java.time.Duration;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Published images are immutable (a new upload gets a new id), so browsers and CDNs may keep them for a year. */
@Configuration(proxyBeanMethods = false)
class MediaWebConfiguration implements WebMvcConfigurer {

    private final MediaStore store;

    MediaWebConfiguration(MediaStore store) {
        this.store = store;
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/media/**")
                .addResourceLocations(store.root().toUri().toString())
                .setCacheControl(
                        CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable());
    }
}
