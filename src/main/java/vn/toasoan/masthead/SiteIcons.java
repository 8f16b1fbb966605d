package vn.toasoan.masthead;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * The icons a browser or a phone asks for, drawn from the site icon an administrator uploaded or from the default one,
 * the web app manifest that names them, and the logo. {@code /favicon.ico} always answers: browsers ask for it
 * whatever a page says.
 */
@RestController
class SiteIcons {

    private static final MediaType ICO = MediaType.parseMediaType("image/x-icon");
    private static final MediaType MANIFEST = MediaType.parseMediaType("application/manifest+json");
    /** An address with the icon's version never changes what it answers; one without it may, after an upload. */
    private static final CacheControl VERSIONED =
            CacheControl.maxAge(Duration.ofDays(365)).cachePublic();

    private static final CacheControl UNVERSIONED =
            CacheControl.maxAge(Duration.ofDays(1)).cachePublic();

    private final Mastheads mastheads;
    private final Cache<String, byte[]> drawn =
            Caffeine.newBuilder().maximumSize(20).build();

    SiteIcons(Mastheads mastheads) {
        this.mastheads = mastheads;
    }

    @GetMapping("/favicon.ico")
    ResponseEntity<byte[]> favicon(@RequestParam(required = false) String v) {
        return answer(ICO, v, "ico", icon -> SitePictures.ico(icon, 16, 32, 48));
    }

    @GetMapping("/apple-touch-icon.png")
    ResponseEntity<byte[]> appleTouchIcon(@RequestParam(required = false) String v) {
        return answer(
                MediaType.IMAGE_PNG,
                v,
                "180",
                icon -> SitePictures.png(SitePictures.onWhite(SitePictures.scaled(icon, 180, 180)))
                        .bytes());
    }

    @GetMapping("/icon-192.png")
    ResponseEntity<byte[]> icon192(@RequestParam(required = false) String v) {
        return answer(
                MediaType.IMAGE_PNG,
                v,
                "192",
                icon -> SitePictures.png(SitePictures.scaled(icon, 192, 192)).bytes());
    }

    @GetMapping("/icon-512.png")
    ResponseEntity<byte[]> icon512(@RequestParam(required = false) String v) {
        return answer(
                MediaType.IMAGE_PNG, v, "512", icon -> SitePictures.png(icon).bytes());
    }

    @GetMapping("/manifest.webmanifest")
    ResponseEntity<String> manifest() {
        Masthead masthead = mastheads.current();
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("name", masthead.siteName());
        manifest.put("short_name", masthead.siteName());
        manifest.put("description", masthead.description());
        manifest.put("lang", "vi");
        manifest.put("start_url", "/");
        manifest.put("scope", "/");
        manifest.put("display", "standalone");
        manifest.put("background_color", "#ffffff");
        manifest.put("theme_color", "#b71c1c");
        manifest.put(
                "icons",
                List.of(
                        icon("/icon-192.png" + masthead.iconQuery(), 192),
                        icon("/icon-512.png" + masthead.iconQuery(), 512)));
        return ResponseEntity.ok()
                .contentType(MANIFEST)
                .cacheControl(UNVERSIONED)
                .body(JsonMapper.builder().build().writeValueAsString(manifest));
    }

    @GetMapping("/logo.png")
    ResponseEntity<byte[]> logo(@RequestParam(required = false) String v) {
        return mastheads
                .picture(MastheadRepository.Kind.LOGO)
                .map(logo -> ResponseEntity.ok()
                        .contentType(MediaType.IMAGE_PNG)
                        .cacheControl(v == null ? UNVERSIONED : VERSIONED)
                        .body(logo.png()))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    private static Map<String, String> icon(String src, int size) {
        return Map.of("src", src, "sizes", size + "x" + size, "type", "image/png", "purpose", "any");
    }

    private ResponseEntity<byte[]> answer(
            MediaType type, String version, String kind, java.util.function.Function<BufferedImage, byte[]> draw) {
        long current = mastheads.current().iconVersion();
        byte[] body = drawn.get(kind + "@" + current, key -> draw.apply(source(current)));
        return ResponseEntity.ok()
                .contentType(type)
                .cacheControl(String.valueOf(current).equals(version) ? VERSIONED : UNVERSIONED)
                .body(body);
    }

    private BufferedImage source(long version) {
        if (version == 0) {
            return SitePictures.defaultIcon();
        }
        return mastheads
                .picture(MastheadRepository.Kind.ICON)
                .map(p -> SitePictures.read(p.png()))
                .orElseGet(SitePictures::defaultIcon);
    }
}
