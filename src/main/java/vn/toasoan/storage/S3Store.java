package vn.toasoan.storage;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.core.io.AbstractResource;
import org.springframework.core.io.Resource;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.S3Exception;
import vn.toasoan.platform.OperatorText;

/**
 * The files in a bucket of an S3-compatible store (AWS S3, MinIO, Ceph, Garage, S3Proxy…), shared by every app node.
 * Path-style addresses ({@code endpoint/bucket/key}) work with all of them. Public files are stored with the same
 * year-long {@code Cache-Control} the application serves them with, for when readers fetch them from the store's
 * public address.
 */
final class S3Store extends ObjectStore implements AutoCloseable {

    static final String PUBLIC_CACHE_CONTROL = "public, max-age=31536000, immutable";

    private final S3Client client;
    private final String bucket;
    private final String endpoint;
    private final String publicUrl;

    S3Store(S3Properties properties) {
        this.bucket = properties.bucket();
        this.endpoint = properties.endpoint();
        this.publicUrl =
                properties.publicUrl() == null || properties.publicUrl().isBlank()
                        ? null
                        : properties.publicUrl().replaceAll("/+$", "");
        AwsCredentialsProvider credentials =
                properties.accessKey() == null || properties.accessKey().isBlank()
                        ? DefaultCredentialsProvider.builder().build()
                        : StaticCredentialsProvider.create(
                                AwsBasicCredentials.create(properties.accessKey(), properties.secretKey()));
        this.client = S3Client.builder()
                .endpointOverride(URI.create(properties.endpoint()))
                .region(Region.of(properties.region()))
                .credentialsProvider(credentials)
                .forcePathStyle(true)
                .httpClientBuilder(UrlConnectionHttpClient.builder()
                        .connectionTimeout(Duration.ofSeconds(5))
                        .socketTimeout(Duration.ofSeconds(60)))
                // checksums in trailers are AWS's newest; MinIO, Ceph and Garage releases in the field may refuse them
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .build();
    }

    /** Fails the start in plain words when the bucket cannot be reached, rather than at the first photo. */
    void checkReachable() {
        try {
            client.headBucket(b -> b.bucket(bucket));
        } catch (SdkException e) {
            client.close();
            throw new IllegalStateException(
                    OperatorText.get("storage.s3.unreachable", bucket, endpoint, String.valueOf(e.getMessage())), e);
        }
    }

    @Override
    public void put(String key, byte[] content, String contentType) {
        client.putObject(request(key, contentType), RequestBody.fromBytes(content));
    }

    @Override
    public void put(String key, Path file, String contentType) {
        client.putObject(request(key, contentType), RequestBody.fromFile(file));
    }

    private PutObjectRequest request(String key, String contentType) {
        var request = PutObjectRequest.builder().bucket(bucket).key(checkKey(key));
        if (contentType != null) {
            request.contentType(contentType);
        }
        if (isPublic(key)) {
            request.cacheControl(PUBLIC_CACHE_CONTROL);
        }
        return request.build();
    }

    @Override
    public Optional<ObjectInfo> stat(String key) {
        try {
            HeadObjectResponse head = client.headObject(h -> h.bucket(bucket).key(checkKey(key)));
            return Optional.of(new ObjectInfo(key, head.contentLength(), head.lastModified(), unquote(head.eTag())));
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    @Override
    public Optional<Resource> resource(String key) {
        S3Resource resource = new S3Resource(checkKey(key));
        return resource.exists() ? Optional.of(resource) : Optional.empty();
    }

    @Override
    public void delete(String key) {
        client.deleteObject(d -> d.bucket(bucket).key(checkKey(key)));
    }

    @Override
    public Stream<ObjectInfo> list(String folder) {
        return client.listObjectsV2Paginator(l -> l.bucket(bucket).prefix(checkKey(folder) + "/")).contents().stream()
                .map(o -> new ObjectInfo(o.key(), o.size(), o.lastModified(), unquote(o.eTag())));
    }

    @Override
    public Optional<URI> publicUrl(String key) {
        return publicUrl != null && isPublic(key) ? Optional.of(URI.create(publicUrl + "/" + key)) : Optional.empty();
    }

    @Override
    public String describe() {
        return "s3://" + bucket + " (" + endpoint + ")";
    }

    @Override
    public void close() {
        client.close();
    }

    private static String unquote(String etag) {
        return etag == null ? null : etag.replace("\"", "");
    }

    /** A file in the bucket: its length and time come from one HEAD, its bytes from a GET when they are read. */
    private final class S3Resource extends AbstractResource {

        private final String key;
        private Optional<ObjectInfo> info;

        S3Resource(String key) {
            this.key = key;
        }

        private Optional<ObjectInfo> info() {
            if (info == null) {
                info = stat(key);
            }
            return info;
        }

        @Override
        public boolean exists() {
            return info().isPresent();
        }

        @Override
        public long contentLength() throws IOException {
            return info().orElseThrow(() -> new FileNotFoundException(getDescription()))
                    .size();
        }

        @Override
        public long lastModified() throws IOException {
            return info().orElseThrow(() -> new FileNotFoundException(getDescription()))
                    .lastModified()
                    .toEpochMilli();
        }

        @Override
        public InputStream getInputStream() throws IOException {
            try {
                return client.getObject(g -> g.bucket(bucket).key(key));
            } catch (S3Exception e) {
                if (e.statusCode() == 404) {
                    throw new FileNotFoundException(getDescription());
                }
                throw new IOException(getDescription(), e);
            } catch (SdkException e) {
                throw new IOException(getDescription(), e);
            }
        }

        @Override
        public String getFilename() {
            return key.substring(key.lastIndexOf('/') + 1);
        }

        @Override
        public String getDescription() {
            return "s3://" + bucket + "/" + key;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof S3Resource r && r.key.equals(key);
        }

        @Override
        public int hashCode() {
            return key.hashCode();
        }
    }
}
