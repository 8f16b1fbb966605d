/**
 * The paper's sections, their order on the home page, and the old addresses of renamed ones that answer 301.
 *
 * <p>Depends on {@code platform} for audit events and {@code vietnamese} for names and slugs.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform", "vietnamese"})
package vn.toasoan.sections;
