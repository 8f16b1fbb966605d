package vn.toasoan.site;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Base64;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.toasoan.articles.Articles;
import vn.toasoan.articles.Reader;

/**
 * The hit counter, apart from the article page so that the page can be the same bytes for everyone: the page's script
 * sends a beacon ({@code POST}); without JavaScript, a one-pixel image inside {@code <noscript>} asks for the same
 * address ({@code GET}). The counter's own rules hold: once per reader per half hour, a few readers per address, no
 * crawlers, no HEAD, no prefetch.
 */
@RestController
class ViewBeacon {

    static final String PATH = "/luot-xem/";

    private static final byte[] PIXEL =
            Base64.getDecoder().decode("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7");

    private final Articles articles;

    ViewBeacon(Articles articles) {
        this.articles = articles;
    }

    @PostMapping(PATH + "{id:\\d+}")
    ResponseEntity<Void> beacon(@PathVariable long id, HttpServletRequest request) {
        count(id, request);
        return ResponseEntity.noContent().cacheControl(CacheControl.noStore()).build();
    }

    @GetMapping(PATH + "{id:\\d+}")
    ResponseEntity<byte[]> pixel(@PathVariable long id, HttpServletRequest request) {
        count(id, request);
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .contentType(MediaType.IMAGE_GIF)
                .body(PIXEL);
    }

    private void count(long id, HttpServletRequest request) {
        if (articles.findPublished(id).isPresent()) {
            articles.countView(id, Reader.of(request));
        }
    }
}
