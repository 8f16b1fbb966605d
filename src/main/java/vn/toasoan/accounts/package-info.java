/**
 * The newsroom's accounts and roles, and who may reach what: form login with CSRF for the newsroom, stateless HTTP
 * Basic for the API, throttling of failed logins, the first administrator and the password-reset command.
 *
 * <p>Depends on {@code platform} for audit events and {@code vietnamese} for names in NFC.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform", "vietnamese"})
package vn.toasoan.accounts;
