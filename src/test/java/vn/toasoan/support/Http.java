package vn.toasoan.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Real HTTP against a running Tòa Soạn, as a phone browser would send it; redirects are not followed. */
public final class Http {

    public static final String PHONE_BROWSER =
            "Mozilla/5.0 (Linux; Android 12; SM-A125F) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Mobile Safari/537.36";

    private final String base;
    private final HttpClient client = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    public Http(int port) {
        this("http://localhost:" + port);
    }

    public Http(String base) {
        this.base = base;
    }

    public HttpResponse<String> get(String path) {
        return get(path, PHONE_BROWSER);
    }

    public HttpResponse<String> get(String path, String userAgent) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("User-Agent", userAgent)
                .GET()
                .build());
    }

    public HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The article page's view beacon, as its script sends it for a reader with this browser. */
    public HttpResponse<String> beacon(String articlePath, String userAgent) {
        return send(HttpRequest.newBuilder(URI.create(base + "/luot-xem/" + articleId(articlePath)))
                .header("User-Agent", userAgent)
                .POST(HttpRequest.BodyPublishers.noBody())
                .build());
    }

    /** {@code /slug-42.html} is article 42. */
    public static long articleId(String articlePath) {
        String name = articlePath.substring(articlePath.lastIndexOf('-') + 1);
        return Long.parseLong(name.substring(0, name.length() - ".html".length()));
    }

    /** The page parsed as a browser would, with links resolved against the site. */
    public Document page(String path) {
        HttpResponse<String> response = get(path);
        if (response.statusCode() != 200) {
            throw new AssertionError("GET " + path + " answered " + response.statusCode());
        }
        return Jsoup.parse(response.body(), base + path);
    }

    public String url(String path) {
        return base + path;
    }
}
