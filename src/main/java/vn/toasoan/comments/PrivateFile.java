package vn.toasoan.comments;

import java.nio.file.Path;
import org.springframework.http.ResponseEntity;

/** An attachment straight from the private store, for editors only. */
public record PrivateFile(Attachment attachment, Path path) {

    /** Saved rather than shown, with the sniffed type and no sniffing by the browser. */
    public ResponseEntity.BodyBuilder download() {
        return CommentFiles.asDownload(attachment, path);
    }
}
