package vn.toasoan.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.GpsDirectory;
import com.drew.metadata.icc.IccDirectory;
import com.drew.metadata.jpeg.JpegCommentDirectory;
import com.drew.metadata.xmp.XmpDirectory;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What every public image goes through, whoever sent it: turned upright, with nothing but its pixels kept. */
class ImagePipelineTests {

    @TempDir
    Path folder;

    private final ImagePipeline pipeline = new ImagePipeline();

    @ParameterizedTest
    @ValueSource(ints = {6, 8})
    void aPhotoTakenUprightOnAPhoneStandsUprightWithNothingButItsPixels(int orientation) throws Exception {
        byte[] photo = PhonePhotos.turned(orientation);
        var sent = ImageMetadataReader.readMetadata(new ByteArrayInputStream(photo));
        assertThat(sent.getFirstDirectoryOfType(ExifIFD0Directory.class).getInt(ExifIFD0Directory.TAG_ORIENTATION))
                .isEqualTo(orientation);
        assertThat(sent.getFirstDirectoryOfType(GpsDirectory.class).getGeoLocation())
                .isNotNull();
        assertThat(sent.getFirstDirectoryOfType(XmpDirectory.class)).isNotNull();
        assertThat(sent.getFirstDirectoryOfType(IccDirectory.class)).isNotNull();
        assertThat(sent.getFirstDirectoryOfType(JpegCommentDirectory.class)).isNotNull();
        Path file = folder.resolve("anh-" + orientation + ".jpg");

        pipeline.decode(photo, "IMG_0042.JPG", 1280, upright -> {
            ImagePipeline.writeJpeg(upright, file);
            return null;
        });

        byte[] written = Files.readAllBytes(file);
        PhonePhotos.assertUpright(PhonePhotos.decode(written), orientation);
        PhonePhotos.assertNoMetadata(written);
    }

    @ParameterizedTest
    @ValueSource(ints = {6, 8})
    void aPhotoInAFileIsReadTheSameWay(int orientation) throws Exception {
        Path sent = Files.write(folder.resolve("tep-" + orientation), PhonePhotos.turned(orientation));

        var upright = pipeline.decode(sent, "tep", 1280, image -> image);

        PhonePhotos.assertUpright(upright, orientation);
    }

    @ParameterizedTest
    @ValueSource(ints = {8000, 50000})
    void anImageDeclaringMoreThanFiftyMillionPixelsIsRefusedBeforeDecoding(int side) throws Exception {
        byte[] bomb = PhotoUploadIntegrationTests.pngDeclaring(side, side);
        Path file = Files.write(folder.resolve("bom.png"), bomb);

        assertThat(ImagePipeline.declared(file)).isEmpty();
        assertThatThrownBy(() -> pipeline.decode(bomb, "bom.png", 1280, image -> image))
                .isInstanceOfSatisfying(
                        ImageRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(ImageRejectedException.Reason.TOO_LARGE));
    }
}
