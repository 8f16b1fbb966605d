/**
 * The newsroom's photos: uploaded, re-encoded without their metadata at the widths phones and laptops ask for, kept
 * under the data directory and served to readers.
 *
 * <p>Depends on {@code storage} for the data directory.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "storage")
package vn.toasoan.media;
