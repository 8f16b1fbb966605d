/**
 * Demo sections, articles and illustrations, written for the project, loaded into an empty database on first start
 * unless turned off.
 *
 * <p>Depends on {@code articles}, {@code sections}, {@code media} and {@code platform}, as an editor would.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"articles", "media", "platform", "sections"})
package vn.toasoan.demo;
