/**
 * Where the data lives: the data directory and its lock, and the database, either the PostgreSQL the application
 * starts itself (durable settings on) or an external one.
 *
 * <p>Depends on nothing of the application.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package vn.toasoan.storage;
