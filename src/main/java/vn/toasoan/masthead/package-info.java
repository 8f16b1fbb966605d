/**
 * The paper's masthead: its name and short description, the details the law asks every page's footer to show
 * (governing body, press licence, editor-in-chief and deputies, address, telephone, e-mail, hotline, advertising
 * contact), its logo and its site icon with the icons and web app manifest drawn from it. An administrator edits them
 * in the newsroom or through {@code /api/v1/settings/masthead}.
 *
 * <p>Depends on {@code media} (an upload is read by the same pipeline as photos) and {@code platform}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"media", "platform"})
package vn.toasoan.masthead;
