package vn.toasoan.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Addresses of the site's own CSS, scripts and icons with a fingerprint of their content, so that browsers may keep
 * them for a year (cheap phones on slow networks fetch them once) and still get the new file after an upgrade.
 */
public final class Assets {

    private static final Map<String, String> URLS = new ConcurrentHashMap<>();

    private Assets() {}

    /** {@code /css/site.css} becomes {@code /css/site.css?v=1a2b3c4d5e}. */
    public static String url(String path) {
        return URLS.computeIfAbsent(path, Assets::fingerprinted);
    }

    private static String fingerprinted(String path) {
        try (InputStream in = Assets.class.getResourceAsStream("/static" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("No static file " + path);
            }
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(in.readAllBytes());
            return path + "?v=" + HexFormat.of().formatHex(digest, 0, 5);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
