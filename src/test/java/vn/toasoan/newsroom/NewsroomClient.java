package vn.toasoan.newsroom;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A newsroom user's browser over real HTTP: keeps its session cookie, sends forms with the CSRF token the pages carry,
 * follows no redirects. An optional {@code X-Forwarded-For} makes requests come from another address.
 */
public final class NewsroomClient {

    private final String base;
    private final HttpClient client;
    private String address;

    public NewsroomClient(int port) {
        this(
                "http://localhost:" + port,
                HttpClient.newBuilder()
                        .cookieHandler(new CookieManager())
                        .followRedirects(HttpClient.Redirect.NEVER)
                        .connectTimeout(Duration.ofSeconds(5))
                        .build());
    }

    private NewsroomClient(String base, HttpClient client) {
        this.base = base;
        this.client = client;
    }

    /** The same browser, with the same cookies, on another app node of the same site. */
    public NewsroomClient at(int port) {
        return new NewsroomClient("http://localhost:" + port, client).from(address);
    }

    /** Requests from now on come from this address, as a reverse proxy would say. */
    public NewsroomClient from(String address) {
        this.address = address;
        return this;
    }

    public static NewsroomClient loggedIn(int port, String email, String password) {
        var client = new NewsroomClient(port);
        var response = client.login(email, password);
        if (response.statusCode() != 302 || !location(response).endsWith("/toa-soan")) {
            throw new IllegalStateException(
                    "Login failed for " + email + ": " + response.statusCode() + " " + location(response));
        }
        return client;
    }

    public HttpResponse<String> login(String email, String password) {
        String token = csrf(get("/toa-soan/dang-nhap"));
        return post("/toa-soan/dang-nhap", Map.of("email", email, "password", password, "_csrf", token));
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET().build());
    }

    public Document page(String path) {
        HttpResponse<String> response = get(path);
        return Jsoup.parse(response.body(), base + path);
    }

    /** A form post with this session's CSRF token added. */
    public HttpResponse<String> submit(String path, Map<String, ?> fields) {
        Map<String, Object> withToken = new LinkedHashMap<>(fields);
        withToken.put("_csrf", token());
        return post(path, withToken);
    }

    /** A form post exactly as given: no token is added. */
    public HttpResponse<String> post(String path, Map<String, ?> fields) {
        var body = new StringBuilder();
        for (var field : fields.entrySet()) {
            List<?> values = field.getValue() instanceof List<?> list ? list : List.of(field.getValue());
            for (Object value : values) {
                if (!body.isEmpty()) {
                    body.append('&');
                }
                body.append(enc(field.getKey())).append('=').append(enc(String.valueOf(value)));
            }
        }
        return send(request(path)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                .build());
    }

    /** A multipart form post with this session's CSRF token, and one file. */
    public HttpResponse<String> submitMultipart(
            String path, Map<String, ?> fields, String fileField, String fileName, String contentType, byte[] file) {
        String boundary = "----toasoan" + UUID.randomUUID();
        var out = new ByteArrayOutputStream();
        Map<String, Object> withToken = new LinkedHashMap<>(fields);
        withToken.put("_csrf", token());
        for (var field : withToken.entrySet()) {
            List<?> values = field.getValue() instanceof List<?> list ? list : List.of(field.getValue());
            for (Object value : values) {
                write(
                        out,
                        "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n"
                                + value + "\r\n");
            }
        }
        write(
                out,
                "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
                        + fileName + "\"\r\nContent-Type: " + contentType + "\r\n\r\n");
        out.writeBytes(file);
        write(out, "\r\n--" + boundary + "--\r\n");
        return send(request(path)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray()))
                .build());
    }

    /** The CSRF token of this session, as the newsroom's pages carry it. */
    public String token() {
        HttpResponse<String> page = get("/toa-soan");
        if (page.statusCode() == 302) {
            page = get(location(page).replaceFirst("^https?://[^/]+", ""));
        }
        return csrf(page);
    }

    public static String csrf(HttpResponse<String> page) {
        var input = Jsoup.parse(page.body()).selectFirst("input[name=_csrf]");
        if (input == null) {
            throw new IllegalStateException("No CSRF token on the page (" + page.statusCode() + ")");
        }
        return input.attr("value");
    }

    public static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    private HttpRequest.Builder request(String path) {
        var builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
        if (address != null) {
            builder.header("X-Forwarded-For", address);
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void write(ByteArrayOutputStream out, String s) {
        out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
