package vn.toasoan.attachments;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A reader's photo may not cost the server more memory than a comment is worth: its header is judged first. */
class AttachmentImagesTests {

    @TempDir
    Path folder;

    @Test
    void aPhotoDeclaringMoreThanFiftyMillionPixelsIsRefusedBeforeDecoding() throws Exception {
        assertThat(AttachmentStore.readableImage(png(8000, 8000))).isFalse();
        assertThat(AttachmentStore.readableImage(png(50000, 50000))).isFalse();
        assertThat(AttachmentStore.readableImage(png(6000, 4000))).isTrue();
    }

    /** A PNG that is only its header: enough for a reader to learn the size it claims. */
    private Path png(int width, int height) throws Exception {
        var out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        ByteBuffer header = ByteBuffer.allocate(13).putInt(width).putInt(height);
        header.put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        chunk(out, "IHDR", header.array());
        chunk(out, "IEND", new byte[0]);
        Path file = folder.resolve(width + "x" + height + ".png");
        Files.write(file, out.toByteArray());
        return file;
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(name);
        out.writeBytes(data);
        var crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}
