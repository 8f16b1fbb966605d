package vn.toasoan.accounts;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.http.ResponseCookie;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Device cookies (OWASP): after a successful login, the browser or API client gets a cookie that names the account
 * and carries a random nonce, signed with a key every node shares. Presented at a later login to the same account, it
 * makes the client a known device with an allowance of its own.
 */
@Component
class DeviceCookies {

    static final String PREFIX = "toasoan_device_";
    private static final String KEY_NAME = "device-cookies";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private final JdbcClient jdbc;
    private final LoginProperties properties;
    private volatile byte[] key;

    DeviceCookies(JdbcClient jdbc, LoginProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    /** One cookie per account, so that the office computer two editors share knows both. */
    String name(String email) {
        return PREFIX + HexFormat.of().formatHex(sign("name|" + email), 0, 6);
    }

    /** The device's nonce, when the cookies hold a valid device cookie for this account. */
    Optional<String> device(String email, Map<String, String> cookies) {
        String value = cookies.get(name(email));
        if (value == null) {
            return Optional.empty();
        }
        int dot = value.indexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        String nonce = value.substring(0, dot);
        byte[] expected = B64.encode(sign(email + "|" + nonce));
        return MessageDigest.isEqual(expected, value.substring(dot + 1).getBytes(StandardCharsets.US_ASCII))
                ? Optional.of(nonce)
                : Optional.empty();
    }

    /** A new device cookie for this account. */
    ResponseCookie issue(String email, boolean secure) {
        byte[] random = new byte[18];
        RANDOM.nextBytes(random);
        String nonce = B64.encodeToString(random);
        return ResponseCookie.from(name(email), nonce + "." + B64.encodeToString(sign(email + "|" + nonce)))
                .path("/")
                .httpOnly(true)
                .secure(secure)
                .sameSite("Lax")
                .maxAge(properties.deviceLifetime())
                .build();
    }

    static void add(HttpServletResponse response, ResponseCookie cookie) {
        response.addHeader("Set-Cookie", cookie.toString());
    }

    /** The device cookies a request carries, by name. */
    static Map<String, String> of(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Map.of();
        }
        var found = new java.util.HashMap<String, String>();
        for (Cookie cookie : cookies) {
            if (cookie.getName().startsWith(PREFIX) && found.size() < 20) {
                found.put(cookie.getName(), cookie.getValue());
            }
        }
        return Map.copyOf(found);
    }

    private byte[] sign(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] key() {
        byte[] k = key;
        if (k == null) {
            byte[] fresh = new byte[32];
            RANDOM.nextBytes(fresh);
            // the first node to need it makes it; every other node reads that one
            jdbc.sql("INSERT INTO login_secrets (name, secret) VALUES (?, ?) ON CONFLICT (name) DO NOTHING")
                    .params(KEY_NAME, fresh)
                    .update();
            k = jdbc.sql("SELECT secret FROM login_secrets WHERE name = ?")
                    .param(KEY_NAME)
                    .query(byte[].class)
                    .single();
            key = k;
        }
        return k;
    }
}
