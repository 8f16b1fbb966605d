package vn.toasoan.comments;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What tests need from the reader site: an article to comment on and the form's fields as the page serves them. */
public final class CommentPages {

    private static final Pattern ARTICLE = Pattern.compile("href=\"(/[a-z0-9-]+-(\\d+)\\.html)\"");
    private static final Pattern TOKEN = Pattern.compile("name=\"token\" value=\"([^\"]+)\"");

    public record ArticleForm(String url, long id, String token) {}

    private static final Map<String, ArticleForm> AGED = new java.util.concurrent.ConcurrentHashMap<>();

    private CommentPages() {}

    /** An article and a token already older than the minimum fill time; the wait is paid once per application. */
    public static ArticleForm aged(int port, int n) {
        return AGED.computeIfAbsent(port + "/" + n, k -> {
            try {
                var form = article(new ReaderClient(port), n);
                Thread.sleep(3_100);
                return form;
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** The n-th article linked from the home page, and a form token old enough to be accepted. */
    public static ArticleForm article(ReaderClient reader, int n) throws IOException {
        var home = reader.get("/");
        Matcher m = ARTICLE.matcher(home.body());
        String url = null;
        long id = 0;
        var seen = new java.util.LinkedHashSet<String>();
        while (m.find()) {
            if (seen.add(m.group(1)) && seen.size() == n + 1) {
                url = m.group(1);
                id = Long.parseLong(m.group(2));
                break;
            }
        }
        assertThat(url).as("an article linked from the home page").isNotNull();
        return new ArticleForm(url, id, token(reader.get(url).body()));
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
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("email", email);
        fields.put("content", content);
        fields.put("website", "");
        fields.put("token", token);
        return fields;
    }
}
