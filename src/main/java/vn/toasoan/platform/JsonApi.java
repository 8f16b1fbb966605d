package vn.toasoan.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a controller of the JSON API under {@code /api/v1/}: {@link ApiProblems} answers its errors as RFC 9457
 * problem details, while the reader site and the newsroom keep their error pages.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface JsonApi {}
