package vn.toasoan.vietnamese;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Comment-like sentences written apart from the comment text the model learns from, to test it fairly. */
final class CommentSets {

    /** Two comments as a reader would type them, with their marks. */
    static final List<String> EXAMPLES = List.of(
            "Bài viết rất hay, cảm ơn toà soạn đã đưa tin kịp thời", "Tôi đồng ý với ý kiến của tác giả, rất đúng");

    private CommentSets() {}

    static List<String> heldOut() {
        try (InputStream in = CommentSets.class.getResourceAsStream("/vietnamese/comments-heldout.txt")) {
            List<String> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(VietnameseText.nfc(line.strip()));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
