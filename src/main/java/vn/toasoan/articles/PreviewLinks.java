package vn.toasoan.articles;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.toasoan.accounts.Account;
import vn.toasoan.accounts.Accounts;
import vn.toasoan.platform.AuditEvent;
import vn.toasoan.platform.VietnamTime;

/**
 * Previews of an article at any status, as readers will see it: for its author and editors in the newsroom, and
 * through a link anyone may open until it expires (for a source or a lawyer without an account). A link carries the
 * article and its expiry, signed with a key kept in the database, so that every application node accepts the links of
 * every other and nothing is stored per link.
 */
@Service
public class PreviewLinks {

    /** Where a link opens, followed by its token. */
    public static final String PATH = "/xem-truoc/";

    static final Duration DEFAULT_LIFETIME = Duration.ofDays(3);
    static final Duration LONGEST_LIFETIME = Duration.ofDays(30);

    private static final Pattern TOKEN = Pattern.compile("(\\d{1,18})\\.(\\d{1,12})\\.([A-Za-z0-9_-]{22})");
    private static final String KEY = "key";

    private final ArticleEditing editing;
    private final ArticleRepository repository;
    private final Accounts accounts;
    private final JdbcClient jdbc;
    private final ArticleText text;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Cache<String, byte[]> key =
            Caffeine.newBuilder().expireAfterWrite(Duration.ofMinutes(5)).build();

    PreviewLinks(
            ArticleEditing editing,
            ArticleRepository repository,
            Accounts accounts,
            JdbcClient jdbc,
            ArticleText text,
            ApplicationEventPublisher events,
            Clock clock) {
        this.editing = editing;
        this.repository = repository;
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.text = text;
        this.events = events;
        this.clock = clock;
    }

    /** A preview link: its path on this site and when it stops opening. */
    public record PreviewLink(String path, Instant expiresAt) {}

    /**
     * A new link to the article, for whoever may read the article in the newsroom (its author, editors).
     *
     * @param expiresAt null for {@link #DEFAULT_LIFETIME} from now; at most {@link #LONGEST_LIFETIME} away
     */
    @Transactional
    public PreviewLink issue(Account account, long articleId, Instant expiresAt) {
        WorkingArticle article = editing.get(account, articleId);
        Instant now = clock.instant();
        Instant until = expiresAt == null ? now.plus(DEFAULT_LIFETIME) : expiresAt;
        if (!until.isAfter(now)) {
            throw new ArticleInvalidException(text.get("articles.preview.expiryPast"));
        }
        if (until.isAfter(now.plus(LONGEST_LIFETIME))) {
            throw new ArticleInvalidException(text.get("articles.preview.tooLong", LONGEST_LIFETIME.toDays()));
        }
        long seconds = until.getEpochSecond();
        String token = article.id() + "." + seconds + "." + sign(article.id(), seconds);
        Instant expiry = Instant.ofEpochSecond(seconds);
        events.publishEvent(new AuditEvent(
                account.email(),
                "article.preview_link",
                "article",
                String.valueOf(article.id()),
                text.vi("articles.audit.previewLink", VietnamTime.shortDateTime(expiry))));
        return new PreviewLink(PATH + token, expiry);
    }

    /**
     * The article a link opens, whatever its status.
     *
     * @throws PreviewLinkException 404 for a link this site never made, 410 once it expired
     */
    public Article open(String token) {
        Matcher m = TOKEN.matcher(token == null ? "" : token);
        if (!m.matches()) {
            throw PreviewLinkException.unknown();
        }
        long id = Long.parseLong(m.group(1));
        long seconds = Long.parseLong(m.group(2));
        byte[] expected = sign(id, seconds).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, m.group(3).getBytes(StandardCharsets.US_ASCII))) {
            throw PreviewLinkException.unknown();
        }
        Instant expiry = Instant.ofEpochSecond(seconds);
        if (!clock.instant().isBefore(expiry)) {
            throw PreviewLinkException.expired(expiry);
        }
        return repository.find(id).orElseThrow(PreviewLinkException::unknown);
    }

    /** When a link stops opening, for the banner over its page. */
    public Instant expiry(String token) {
        Matcher m = TOKEN.matcher(token);
        return m.matches() ? Instant.ofEpochSecond(Long.parseLong(m.group(2))) : null;
    }

    /** The article as the account behind the request may preview it in the newsroom. */
    public WorkingArticle forCurrentAccount(long articleId) {
        return editing.get(accounts.current(), articleId);
    }

    /** 128 bits of an HMAC-SHA256 over the article and the expiry. */
    private String sign(long articleId, long expirySeconds) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.get(KEY, k -> loadOrMakeKey()), "HmacSHA256"));
            byte[] digest =
                    mac.doFinal(("preview:" + articleId + ":" + expirySeconds).getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 16));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first node to need the key makes it; every other node, then and later, reads the same one. */
    private byte[] loadOrMakeKey() {
        byte[] fresh = new byte[32];
        random.nextBytes(fresh);
        jdbc.sql("INSERT INTO preview_key (secret, created_at) VALUES (?, ?) ON CONFLICT DO NOTHING")
                .params(fresh, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .update();
        return jdbc.sql("SELECT secret FROM preview_key").query(byte[].class).single();
    }
}
