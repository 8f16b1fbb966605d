/**
 * What every feature shares and none owns: the injected clock and Vietnam time formats, the audit event that features
 * publish for the newsroom's log, fingerprinted asset addresses, UTF-8 template views and the filter that refuses
 * undecodable requests; the API's one error handler ({@link vn.toasoan.platform.ApiProblems}) with the
 * status-carrying {@link vn.toasoan.platform.FeatureException} every feature's refusals extend, and the operator's
 * console text ({@link vn.toasoan.platform.OperatorText}).
 *
 * <p>Depends on nothing of the application.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package vn.toasoan.platform;
