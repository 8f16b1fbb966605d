/**
 * What every feature shares and none owns: the injected clock and Vietnam time formats, the audit event that features
 * publish for the newsroom's log, fingerprinted asset addresses, UTF-8 template views and the filter that refuses
 * undecodable requests.
 *
 * <p>Depends on nothing of the application.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package vn.toasoan.platform;
