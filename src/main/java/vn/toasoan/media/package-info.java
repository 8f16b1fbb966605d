/**
 * The newsroom's photos: uploaded, re-encoded without their metadata at the widths phones and laptops ask for, kept
 * in the object store and served to readers. Its {@link vn.toasoan.media.ImagePipeline} is the one way any image
 * becomes public, readers' attached photos included.
 *
 * <p>Depends on {@code storage} for the object store the photos are kept in, and {@code platform} to sweep unused
 * uploads once across the cluster.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform", "storage"})
package vn.toasoan.media;
