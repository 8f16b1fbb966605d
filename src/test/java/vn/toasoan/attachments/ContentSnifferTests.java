package vn.toasoan.attachments;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files are judged by their bytes: the name a reader gives them says nothing. */
class ContentSnifferTests {

    @TempDir
    Path dir;

    private final ContentSniffer sniffer = new ContentSniffer();

    @Test
    void aJpgThatIsReallyHtmlIsHtml() throws IOException {
        String type = sniff("anh.jpg", "<!DOCTYPE html><html><script>alert(1)</script></html>".getBytes());
        assertThat(type).isEqualTo("text/html");
        assertThat(AllowedTypes.allows(type)).isFalse();
    }

    @Test
    void aJpgThatIsReallyAWindowsProgramIsRefused() throws IOException {
        byte[] exe = new byte[512];
        exe[0] = 'M';
        exe[1] = 'Z';
        exe[0x3c] = (byte) 0x80;
        System.arraycopy("PE\0\0".getBytes(StandardCharsets.ISO_8859_1), 0, exe, 0x80, 4);
        assertThat(AllowedTypes.allows(sniff("anh.jpg", exe))).isFalse();
    }

    @Test
    void aLinuxProgramIsRefused() throws IOException {
        byte[] elf = new byte[64];
        elf[0] = 0x7f;
        elf[1] = 'E';
        elf[2] = 'L';
        elf[3] = 'F';
        elf[4] = 2;
        assertThat(AllowedTypes.allows(sniff("anh.jpg", elf))).isFalse();
    }

    @Test
    void realImagesAreKnownWhateverTheirName() throws IOException {
        assertThat(sniff("tai-lieu.pdf", jpeg())).isEqualTo("image/jpeg");
        assertThat(sniff("x.txt", "%PDF-1.4\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1)))
                .isEqualTo("application/pdf");
    }

    @Test
    void plainTextIsText() throws IOException {
        assertThat(sniff("ghi-chu.jpg", "Ghi chú của bạn đọc về con đường.".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("text/plain");
    }

    @Test
    void officeDocumentsAreToldApartByTheirDeclaredMainPart() throws IOException {
        assertThat(sniff("a.zip", ooxml("word/document.xml", AllowedTypes.DOCX + ".main+xml")))
                .isEqualTo(AllowedTypes.DOCX);
        assertThat(sniff("a.bin", ooxml("xl/workbook.xml", AllowedTypes.XLSX + ".main+xml")))
                .isEqualTo(AllowedTypes.XLSX);
        String macro = "application/vnd.ms-word.document.macroEnabled.main+xml";
        assertThat(AllowedTypes.allows(sniff("a.docx", ooxml("word/document.xml", macro))))
                .isFalse();
    }

    @Test
    void anOpenDocumentTextIsAnOdt() throws IOException {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            var mimetype = new ZipEntry("mimetype");
            byte[] bytes = AllowedTypes.ODT.getBytes(StandardCharsets.US_ASCII);
            mimetype.setMethod(ZipEntry.STORED);
            mimetype.setSize(bytes.length);
            var crc = new java.util.zip.CRC32();
            crc.update(bytes);
            mimetype.setCrc(crc.getValue());
            zip.putNextEntry(mimetype);
            zip.write(bytes);
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write("<office:document-content/>".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(sniff("a.odt", out.toByteArray())).isEqualTo(AllowedTypes.ODT);
    }

    @Test
    void aPlainZipIsRefused() throws IOException {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("virus.exe"));
            zip.write(new byte[] {'M', 'Z'});
        }
        assertThat(AllowedTypes.allows(sniff("a.docx", out.toByteArray()))).isFalse();
    }

    private static byte[] ooxml(String part, String mainType) throws IOException {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\"?><Types><Override PartName=\"/" + part + "\" ContentType=\"" + mainType
                            + "\"/></Types>")
                    .getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry(part));
            zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    private String sniff(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return sniffer.sniff(file);
    }

    private static byte[] jpeg() throws IOException {
        var out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(80, 60, BufferedImage.TYPE_INT_RGB), "jpeg", out);
        return out.toByteArray();
    }
}
