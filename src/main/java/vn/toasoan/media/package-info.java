/**
 * The newsroom's photos: uploaded, re-encoded without their metadata at the widths phones and laptops ask for, kept
 * under the data directory and served to readers. Its {@link vn.toasoan.media.ImagePipeline} is the one way any image
 * becomes public, readers' attached photos included.
 *
 * <p>Depends on {@code storage} for the data directory.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "storage")
package vn.toasoan.media;
