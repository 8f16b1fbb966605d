package vn.toasoan.comments;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.toasoan.articles.Article;
import vn.toasoan.newsroom.Newsroom;
import vn.toasoan.support.ArticleBuilder;
import vn.toasoan.support.MutableClock;

/**
 * What tests need from the reader site, as a bean of the shared application: an article to comment on, named by its
 * title, and the form's fields as its page serves them. The minimum fill time passes on the application's clock,
 * never on the wall clock.
 */
public class CommentPages {

    private static final Pattern TOKEN = Pattern.compile("name=\"token\" value=\"([^\"]+)\"");

    public record ArticleForm(String url, long id, String token) {}

    private final Newsroom newsroom;
    private final MutableClock clock;
    private final Duration minFillTime;
    private final FormTokens tokens;
    private final Map<String, Article> articles = new ConcurrentHashMap<>();
    private final Map<String, ArticleForm> aged = new ConcurrentHashMap<>();

    CommentPages(Newsroom newsroom, MutableClock clock, CommentProperties properties, FormTokens tokens) {
        this.newsroom = newsroom;
        this.clock = clock;
        this.minFillTime = properties.minFillTime();
        this.tokens = tokens;
    }

    /** The published article of this title, published the first time a test names it. */
    public Article article(String title) {
        return articles.computeIfAbsent(
                title,
                t -> newsroom.published(ArticleBuilder.article(t)
                        .sapo("Bài để bạn đọc góp ý: " + t + ".")
                        .paragraphs(
                                "Ủy ban nhân dân tỉnh Sông Lam vừa lấy ý kiến người dân về việc này.",
                                "Bạn đọc có thể gửi ý kiến ở cuối bài; tòa soạn biên tập trước khi đăng.")));
    }

    /**
     * The form of the article of this title with a token older than the minimum fill time, as a reader who read the
     * article first sends it. The clock moves on once per article; the token stays good for days.
     */
    public ArticleForm aged(String title) {
        return aged.computeIfAbsent(title, t -> {
            ArticleForm form = served(new ReaderClient(newsroom.port()), t);
            clock.advance(minFillTime);
            return form;
        });
    }

    /** The form of the article of this title as its page serves it to this reader now. */
    public ArticleForm served(ReaderClient reader, String title) {
        Article article = article(title);
        try {
            return new ArticleForm(
                    article.url(), article.id(), token(reader.get(article.url()).body()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends the comment from this reader through the form of the article of this title, as a page without script. */
    public ReaderClient.Response send(ReaderClient reader, String title, CommentBuilder comment) throws IOException {
        ArticleForm form = aged(title);
        return reader.post("/binh-luan/" + form.id(), comment.fields(form.token()), comment.file(), "text/html");
    }

    /** Time the reader spends on the form before sending it; a sooner form is refused as a robot's. */
    public void fillIn() {
        clock.advance(minFillTime);
    }

    /**
     * Waits, if need be, for the comment form's token to turn, so that the article pages served in the next 1.5 s all
     * carry the same one: it turns every {@link FormTokens#windowLength()} of the application's clock, which follows
     * the real time.
     */
    public void awaitFreshFormToken() {
        long window = tokens.windowLength().toMillis();
        long left = window - clock.millis() % window;
        if (left < 1500) {
            try {
                Thread.sleep(left + 20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    public static String token(String page) {
        Matcher t = TOKEN.matcher(page);
        assertThat(t.find()).as("the comment form's token").isTrue();
        return t.group(1);
    }

    /** A phone photo: a JPEG with an EXIF segment that says where it was taken. */
    public static byte[] photo() throws IOException {
        return CommentFlowIntegrationTests.withExif(CommentFlowIntegrationTests.jpeg());
    }

    public static Map<String, String> fields(String name, String email, String content, String token) {
        return CommentBuilder.comment(content).by(name, email).fields(token);
    }
}
