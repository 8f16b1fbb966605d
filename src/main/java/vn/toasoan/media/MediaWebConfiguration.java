package vn.toasoan.media;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.ResourceResolver;
import org.springframework.web.servlet.resource.ResourceResolverChain;

/**
 * Published images are immutable (a new upload gets a new id), so browsers and CDNs may keep them for a year. They are
 * streamed from wherever the object store keeps them, with their length, time and ranges, the same from every node.
 */
@Configuration(proxyBeanMethods = false)
class MediaWebConfiguration implements WebMvcConfigurer {

    /** What {@link MediaStore#fileName} makes, and nothing else: no other path reaches the store. */
    static final Pattern FILE_NAME =
            Pattern.compile("[0-9a-f]{2}/[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}-[0-9]{1,5}\\.(jpg|webp)");

    static final CacheControl IMMUTABLE =
            CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

    private final MediaStore store;

    MediaWebConfiguration(MediaStore store) {
        this.store = store;
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/media/**")
                .setCacheControl(IMMUTABLE)
                // the name stands for the content, which never changes under it
                .setEtagGenerator(MediaWebConfiguration::etag)
                .resourceChain(false)
                .addResolver(new StoreResolver(store));
    }

    /** With a public address for the bucket, readers fetch photos from there, and no node streams them. */
    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
                    @Override
                    public boolean preHandle(
                            HttpServletRequest request,
                            jakarta.servlet.http.HttpServletResponse response,
                            Object handler) {
                        String name = request.getRequestURI().substring("/media/".length());
                        if (!FILE_NAME.matcher(name).matches()) {
                            return true;
                        }
                        var elsewhere = store.photos().publicUrl(name);
                        if (elsewhere.isEmpty()) {
                            return true;
                        }
                        response.setStatus(302);
                        response.setHeader(HttpHeaders.LOCATION, elsewhere.get().toString());
                        // a day, not a year: the operator may move the bucket's address
                        response.setHeader(
                                HttpHeaders.CACHE_CONTROL,
                                CacheControl.maxAge(Duration.ofDays(1))
                                        .cachePublic()
                                        .getHeaderValue());
                        return false;
                    }
                })
                .addPathPatterns("/media/**");
    }

    static String etag(Resource resource) {
        String name = resource.getFilename();
        // the JPEG's as it always was; the WebP's keeps its extension, so the two never share one
        return name == null ? null : "\"" + name.replace(".jpg", "") + "\"";
    }

    private record StoreResolver(MediaStore store) implements ResourceResolver {

        @Override
        public Resource resolveResource(
                HttpServletRequest request,
                String requestPath,
                List<? extends Resource> locations,
                ResourceResolverChain chain) {
            return FILE_NAME.matcher(requestPath).matches()
                    ? store.file(requestPath).orElse(null)
                    : null;
        }

        @Override
        public String resolveUrlPath(
                String resourcePath, List<? extends Resource> locations, ResourceResolverChain chain) {
            return FILE_NAME.matcher(resourcePath).matches() ? resourcePath : null;
        }
    }
}
