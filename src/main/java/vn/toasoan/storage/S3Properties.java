package vn.toasoan.storage;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * An S3-compatible object store for photos and attachments, shared by every app node. Unset, files stay under the
 * data directory.
 *
 * @param endpoint {@code TOASOAN_S3_ENDPOINT}, such as {@code https://s3.example.vn} or {@code http://10.0.0.9:9000};
 *     blank keeps files in the data directory
 * @param bucket {@code TOASOAN_S3_BUCKET}
 * @param accessKey {@code TOASOAN_S3_ACCESS_KEY}; blank asks the AWS SDK's usual sources (environment, instance role)
 * @param secretKey {@code TOASOAN_S3_SECRET_KEY}
 * @param region {@code TOASOAN_S3_REGION}, {@code us-east-1} unless the store wants another
 * @param publicUrl {@code TOASOAN_S3_PUBLIC_URL}: where readers can fetch the bucket's public {@code media/} files
 *     ({@code https://anh.baosonglam.vn}); set, the application redirects photo requests there instead of streaming
 *     them. Blank: every node streams photos from the bucket itself
 */
@ConfigurationProperties("toasoan.s3")
public record S3Properties(
        String endpoint,
        String bucket,
        String accessKey,
        String secretKey,
        @DefaultValue("us-east-1") String region,
        String publicUrl) {

    public boolean configured() {
        return endpoint != null && !endpoint.isBlank();
    }
}
