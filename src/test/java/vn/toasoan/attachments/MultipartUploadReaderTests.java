package vn.toasoan.attachments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MultipartUploadReaderTests {

    private static final String BOUNDARY = "----WebKitFormBoundaryx7Y3q";

    @TempDir
    Path incoming;

    @Test
    void fieldsAndTheFileArriveWhateverTheReadSizes() throws IOException {
        byte[] file = new byte[200_000];
        new java.util.Random(7).nextBytes(file);
        byte[] body = body("Nguyễn Thị Hoa", file, "ảnh đẹp.jpg");
        // one byte at a time, as a slow phone connection might deliver it
        InputStream trickle = new java.io.FilterInputStream(new ByteArrayInputStream(body)) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                return super.read(b, off, Math.min(len, 1 + (int) (Math.random() * 700)));
            }
        };
        var upload = new MultipartUploadReader(incoming, 10 * 1024 * 1024, 64 * 1024 * 1024).read(trickle, BOUNDARY);

        assertThat(upload.fieldArrays().get("name")).containsExactly("Nguyễn Thị Hoa");
        assertThat(upload.fieldArrays().get("content")).containsExactly("Dòng một\r\nDòng hai");
        assertThat(upload.file().getOriginalFilename()).isEqualTo("ảnh đẹp.jpg");
        assertThat(Files.readAllBytes(upload.file().path())).isEqualTo(file);
    }

    @Test
    void aFileOverTheLimitIsDroppedWhileStreamingAndTheFieldsAfterItStillArrive() throws IOException {
        byte[] file = new byte[1001];
        var upload = new MultipartUploadReader(incoming, 1000, 64 * 1024)
                .read(new ByteArrayInputStream(body("Hoa", file, "lon.txt")), BOUNDARY);

        assertThat(upload.isFileTooLarge()).isTrue();
        assertThat(upload.file()).isNull();
        assertThat(upload.fieldArrays().get("email")).containsExactly("hoa@example.vn");
        try (var left = Files.list(incoming)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void exactlyTheLimitIsKept() throws IOException {
        var upload = new MultipartUploadReader(incoming, 1000, 64 * 1024)
                .read(new ByteArrayInputStream(body("Hoa", new byte[1000], "vua.txt")), BOUNDARY);
        assertThat(upload.isFileTooLarge()).isFalse();
        assertThat(upload.file().getSize()).isEqualTo(1000);
    }

    @Test
    void aBodyOverTheDrainLimitStopsTheReadAndLeavesNothing() {
        assertThatThrownBy(() -> new MultipartUploadReader(incoming, 1000, 5000)
                        .read(new ByteArrayInputStream(body("Hoa", new byte[6000], "x.txt")), BOUNDARY))
                .isInstanceOf(MultipartScanner.TooLarge.class);
        assertThat(incoming.toFile().list()).isEmpty();
    }

    @Test
    void anEmptyFileInputIsNoAttachment() throws IOException {
        var upload = new MultipartUploadReader(incoming, 1000, 64 * 1024)
                .read(new ByteArrayInputStream(body("Hoa", new byte[0], "")), BOUNDARY);
        assertThat(upload.file()).isNull();
        assertThat(incoming.toFile().list()).isEmpty();
    }

    @Test
    void theBoundaryComesFromTheContentType() {
        assertThat(MultipartUploadReader.boundary("multipart/form-data; boundary=" + BOUNDARY))
                .isEqualTo(BOUNDARY);
        assertThat(MultipartUploadReader.boundary("multipart/form-data; boundary=\"a b\""))
                .isEqualTo("a b");
    }

    private static byte[] body(String name, byte[] file, String filename) {
        var out = new ByteArrayOutputStream();
        out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"name\"\r\n\r\n" + name + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
        out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"content\"\r\n\r\n"
                        + "Dòng một\r\nDòng hai\r\n")
                .getBytes(StandardCharsets.UTF_8));
        out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"attachment\"; filename=\""
                        + filename + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        out.writeBytes(file);
        out.writeBytes(("\r\n--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"email\"\r\n\r\n"
                        + "hoa@example.vn\r\n--" + BOUNDARY + "--\r\n")
                .getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }
}
