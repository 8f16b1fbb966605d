/**
 * Readers' files: a multipart form's attachment streamed into a private store under its limit, judged by its bytes,
 * kept under a random name, re-encoded when it is an image about to be shown, and sent out as a download that
 * browsers never render. Who may fetch a file is for the feature that received it to say.
 *
 * <p>Depends on {@code media} for its image pipeline (the same as the newsroom's photos go through), {@code storage}
 * for the data directory and {@code vietnamese} for file names in NFC.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"media", "storage", "vietnamese"})
package vn.toasoan.attachments;
