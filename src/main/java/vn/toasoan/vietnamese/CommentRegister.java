package vn.toasoan.vietnamese;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;

/**
 * Text written for this project in the register of reader comments and everyday civic life: thanks to the paper,
 * agreement, questions to the authorities, roads, schools, prices, floods, football. The paper's articles alone do
 * not teach the restorer how readers write ("bài viết rất hay", "tác giả", "rất đúng"), so the model learns from
 * this text alongside them. Its {@link #version} is stored with the model, so that a stored model trained on an
 * older text is rebuilt.
 */
final class CommentRegister {

    static final String RESOURCE = "/vietnamese/comment-register.txt";

    private static final CommentRegister INSTANCE = load();

    private final List<String> sentences;
    private final long version;

    private CommentRegister(List<String> sentences, long version) {
        this.sentences = sentences;
        this.version = version;
    }

    /** The sentences of the text, NFC, without the comment lines that start with {@code #}. */
    static List<String> sentences() {
        return INSTANCE.sentences;
    }

    /** A hash of the text, never 0 (the version of a model trained without it). */
    static long version() {
        return INSTANCE.version;
    }

    private static CommentRegister load() {
        try (InputStream in = CommentRegister.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + RESOURCE);
            }
            byte[] bytes = in.readAllBytes();
            List<String> out = new ArrayList<>();
            for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
                String s = line.strip();
                if (!s.isEmpty() && !s.startsWith("#")) {
                    out.add(VietnameseText.nfc(s));
                }
            }
            long hash = ByteBuffer.wrap(MessageDigest.getInstance("SHA-256").digest(bytes))
                    .getLong();
            return new CommentRegister(List.copyOf(out), hash == 0 ? 1 : hash);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
