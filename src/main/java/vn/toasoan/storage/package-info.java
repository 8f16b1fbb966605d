/**
 * Where the data lives: the data directory and its lock, and the database, either the PostgreSQL the application
 * starts itself (durable settings on) or an external one.
 *
 * <p>Depends on nothing of the application but the platform's console text, for the reasons a start fails.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "platform")
package vn.toasoan.storage;
