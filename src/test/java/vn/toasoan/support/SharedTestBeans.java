package vn.toasoan.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import vn.toasoan.comments.CommentPages;
import vn.toasoan.newsroom.Newsroom;

/**
 * The set-up every full-application test shares, as beans of that one application: imported by
 * {@link ToaSoanIntegrationTest} alone, so that all those tests keep one context configuration and Spring starts the
 * application once for them. A test class that needs more declares it in its body, never by adding configuration
 * that would start a second application.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({Newsroom.class, CommentPages.class})
public class SharedTestBeans {

    /** The application's clock, which tests move on instead of sleeping. */
    @Bean
    @Primary
    MutableClock testClock() {
        return MutableClock.followingRealTime();
    }

    /** Counts the statements sent to PostgreSQL, for tests that hold a page to a fixed number of queries. */
    @Bean
    static QueryCounter queryCounter() {
        return new QueryCounter();
    }
}
