package vn.toasoan.vietnamese;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The restorer's model on disk. Written to a temporary file beside the target and moved into place in one step, so
 * a reader never sees half a model.
 */
final class ModelFiles {

    private static final int MAGIC = 0x54535643; // "TSVC"
    private static final int VERSION = 2; // 2 adds the comment register's version after the published count

    private ModelFiles() {}

    static void write(NgramModel model, Path target) throws IOException {
        Files.createDirectories(target.toAbsolutePath().getParent());
        Path temp = Files.createTempFile(target.toAbsolutePath().getParent(), "model-", ".tmp");
        try {
            try (DataOutputStream out =
                    new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16))) {
                out.writeInt(MAGIC);
                out.writeInt(VERSION);
                out.writeLong(model.publishedCount());
                out.writeLong(model.registerVersion());
                String[] words = model.words();
                int[] unigrams = model.unigrams();
                out.writeInt(words.length);
                for (int i = 0; i < words.length; i++) {
                    out.writeUTF(words[i]);
                    out.writeInt(unigrams[i]);
                }
                writeMap(out, model.bigrams());
                writeMap(out, model.trigrams());
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    static NgramModel read(Path source) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(source), 1 << 16))) {
            int version = in.readInt() == MAGIC ? in.readInt() : -1;
            if (version != 1 && version != VERSION) {
                throw new IOException("Not a model file of this version: " + source);
            }
            long publishedCount = in.readLong();
            long registerVersion = version == 1 ? 0 : in.readLong(); // version 1 had no comment register
            int n = in.readInt();
            String[] words = new String[n];
            int[] unigrams = new int[n];
            for (int i = 0; i < n; i++) {
                words[i] = in.readUTF();
                unigrams[i] = in.readInt();
            }
            LongIntMap bigrams = readMap(in);
            LongIntMap trigrams = readMap(in);
            return new NgramModel(words, unigrams, bigrams, trigrams, publishedCount, registerVersion);
        }
    }

    private static void writeMap(DataOutputStream out, LongIntMap map) throws IOException {
        out.writeInt(map.size());
        IOException[] failure = new IOException[1];
        map.forEachKey(key -> {
            if (failure[0] == null) {
                try {
                    out.writeLong(key);
                    out.writeInt(map.get(key));
                } catch (IOException e) {
                    failure[0] = e;
                }
            }
        });
        if (failure[0] != null) {
            throw failure[0];
        }
    }

    private static LongIntMap readMap(DataInputStream in) throws IOException {
        int size = in.readInt();
        LongIntMap map = new LongIntMap(size);
        for (int i = 0; i < size; i++) {
            long key = in.readLong();
            map.add(key, in.readInt());
        }
        return map;
    }
}
