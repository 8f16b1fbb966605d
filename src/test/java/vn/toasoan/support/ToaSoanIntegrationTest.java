package vn.toasoan.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The whole application over real HTTP on a random port, on its own embedded PostgreSQL in a fresh data directory
 * (see {@link FreshDataDirectory}), with the shared test beans ({@link SharedTestBeans}: the newsroom's accounts and
 * articles, the comment pages, a clock to move on). Test classes with this annotation and nothing else share one
 * application.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(SharedTestBeans.class)
public @interface ToaSoanIntegrationTest {}
