package vn.toasoan.site;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import org.springframework.stereotype.Component;

/**
 * Reader pages rendered once and kept as bytes, with a gzip copy, for every reader who has no newsroom session: the
 * same page for everyone until something it shows changes. Each page names what it depends on (its article, the
 * articles it lists, the home page, a section, a tag); a change drops exactly the pages that depend on it.
 *
 * <p>A page rendered while a change commits could carry what was there before: it is kept only if no change was
 * announced since its rendering began, nor in the moment before, while the other caches it draws on are being
 * cleared by the same change.
 *
 * <p>One request at a time renders a page; readers who ask for it meanwhile wait for that rendering. A page is
 * rendered again when it grows old (a minute) and, under an article, whenever the comment form's window turns (every
 * few seconds), and a story the whole province reads has dozens of readers arriving during each rendering: each of
 * them rendering it too made every reader of that moment wait for all of those renderings.
 */
@Component
class RenderedPages {

    static final String DEPENDS_ON = RenderedPages.class.getName() + ".dependsOn";
    static final String HOME = "home";

    /** A change's listeners all run within this time of each other, in the thread that committed it. */
    private static final long SETTLE_NANOS = Duration.ofSeconds(1).toNanos();

    /** How long a reader waits for another request's rendering of the page before rendering it too. */
    private static final long WAIT_MILLIS = 2_000;

    private static final byte[] TOKEN_FIELD = "name=\"token\" value=\"".getBytes(StandardCharsets.US_ASCII);

    private static final Pattern ARTICLE_ID = Pattern.compile("-(\\d+)\\.html$");

    /**
     * @param locale the language the page is written in, which a cookie may choose
     * @param day today in Vietnam: the masthead shows the date
     * @param base the site's public address, which links carry
     * @param formWindow on an article page, the comment form token's window
     */
    record Key(String path, String query, String locale, LocalDate day, String base, long formWindow) {}

    /**
     * @param headers what the response carried besides its body and what this cache sets itself (the content security
     *     policy and the other security headers)
     */
    record Page(
            byte[] html,
            byte[] gzip,
            String etag,
            long lastModified,
            String contentType,
            List<Map.Entry<String, String>> headers,
            Set<String> dependsOn) {

        int weight() {
            return html.length + gzip.length + 512;
        }

        static Page of(
                byte[] html,
                String contentType,
                List<Map.Entry<String, String>> headers,
                Set<String> dependsOn,
                long now) {
            return new Page(
                    html,
                    RenderedPages.gzip(html),
                    RenderedPages.etag(html),
                    now / 1000 * 1000,
                    contentType,
                    headers,
                    dependsOn);
        }
    }

    /** When a rendering began, to tell whether a change came since. */
    record Ticket(long generation, long startedNanos) {}

    /** Whether this request renders the page ({@code mine}) or waits for the one that does. */
    record Turn(Key key, CompletableFuture<Page> rendering, boolean mine) {

        /** The page the other request kept; null if it kept none, failed or took too long: then render it here. */
        Page await() {
            try {
                return rendering.get(WAIT_MILLIS, TimeUnit.MILLISECONDS);
            } catch (TimeoutException | ExecutionException e) {
                return null;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
    }

    private final Cache<Key, Page> pages;
    private final ConcurrentMap<Key, CompletableFuture<Page>> rendering = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private volatile long quietAfter = System.nanoTime() - SETTLE_NANOS;

    RenderedPages(PageCacheProperties properties) {
        this.pages = Caffeine.newBuilder()
                .maximumWeight(properties.maxSize().toBytes())
                .weigher((Key key, Page page) -> page.weight())
                .expireAfterWrite(properties.maxAge())
                .build();
    }

    /** What the page being rendered for this request depends on; a page that says nothing is never kept. */
    static void dependsOn(HttpServletRequest request, Set<String> keys) {
        request.setAttribute(DEPENDS_ON, Set.copyOf(keys));
    }

    static String article(long id) {
        return "article:" + id;
    }

    /** The pages that list an article: a card on the home page, a section page, beside another article. */
    static String listing(long id) {
        return "listed:" + id;
    }

    static String section(long id) {
        return "section:" + id;
    }

    static String tag(String slug) {
        return "tag:" + slug;
    }

    /** What a page listing these cards depends on, besides its own. */
    static Set<String> listings(Collection<ArticleCard> cards, String... own) {
        Set<String> keys = new HashSet<>(List.of(own));
        for (ArticleCard card : cards) {
            Matcher id = ARTICLE_ID.matcher(card.url());
            if (id.find()) {
                keys.add(listing(Long.parseLong(id.group(1))));
            }
        }
        return keys;
    }

    Page find(Key key) {
        return pages.getIfPresent(key);
    }

    /** This request's turn to render the page, or that of the request rendering it already. */
    Turn turn(Key key) {
        var mine = new CompletableFuture<Page>();
        var other = rendering.putIfAbsent(key, mine);
        return other == null ? new Turn(key, mine, true) : new Turn(key, other, false);
    }

    /** Ends this request's turn: those waiting get the page it kept, or null to render their own. */
    void rendered(Turn turn, Page kept) {
        turn.rendering().complete(kept);
        rendering.remove(turn.key(), turn.rendering());
    }

    Ticket ticket() {
        return new Ticket(generation.get(), System.nanoTime());
    }

    /** Keeps a page, unless a change was announced since the ticket was taken (or just before). */
    boolean keep(Key key, Ticket ticket, Page page) {
        if (ticket.generation() != generation.get() || ticket.startedNanos() - quietAfter < 0) {
            return false;
        }
        pages.put(key, page);
        if (ticket.generation() != generation.get()) {
            pages.asMap().remove(key, page);
            return false;
        }
        return true;
    }

    /** Drops every page that depends on any of these. */
    void evict(Collection<String> keys) {
        changed();
        pages.asMap().values().removeIf(page -> keys.stream().anyMatch(page.dependsOn()::contains));
    }

    void evictAll() {
        changed();
        pages.invalidateAll();
    }

    long size() {
        return pages.estimatedSize();
    }

    private void changed() {
        quietAfter = System.nanoTime() + SETTLE_NANOS;
        generation.incrementAndGet();
    }

    private static byte[] gzip(byte[] html) {
        var out = new ByteArrayOutputStream(html.length / 4);
        try (var gzip = new GZIPOutputStream(out) {
            {
                def.setLevel(9);
            }
        }) {
            gzip.write(html);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * The comment form's token left out: a browser holding the page of an earlier window may keep it, since an older
     * token is as good.
     */
    private static String etag(byte[] html) {
        try {
            var sha = MessageDigest.getInstance("SHA-256");
            int token = indexOf(html, TOKEN_FIELD);
            if (token < 0) {
                sha.update(html);
            } else {
                int value = token + TOKEN_FIELD.length;
                int end = value;
                while (end < html.length && html[end] != '"') {
                    end++;
                }
                sha.update(html, 0, value);
                sha.update(html, end, html.length - end);
            }
            byte[] digest = sha.digest();
            return "W/\"" + HexFormat.of().formatHex(digest, 0, 12) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int indexOf(byte[] data, byte[] part) {
        outer:
        for (int i = 0; i + part.length <= data.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (data[i + j] != part[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
