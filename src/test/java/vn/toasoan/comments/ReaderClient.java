package vn.toasoan.comments;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reader's browser reduced to real HTTP/1.1 over a socket, each reader from its own loopback address (127.0.0.x),
 * so that per-IP limits see different readers. Sends multipart bodies exactly as browsers do.
 */
public final class ReaderClient {

    private static final AtomicInteger NEXT = new AtomicInteger(10);

    public record Response(int status, Map<String, String> headers, String body) {
        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    /** A file part as a browser sends it: the name and type it claims, and the bytes. */
    public record FilePart(String filename, String contentType, byte[] bytes) {}

    private final int port;
    private final String address;
    private final String forwardedFor;

    public ReaderClient(int port) {
        this(port, null);
    }

    private ReaderClient(int port, String forwardedFor) {
        this.port = port;
        int n = NEXT.getAndIncrement();
        this.address = "127.0." + (n / 250) + "." + (2 + n % 250);
        this.forwardedFor = forwardedFor;
    }

    /** A reader behind the site's reverse proxy (on loopback, so trusted), at this address. */
    public static ReaderClient behindProxy(int port, String readerAddress) {
        return new ReaderClient(port, readerAddress);
    }

    String address() {
        return address;
    }

    public Response get(String path) throws IOException {
        return exchange(
                ("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n" + "Accept: text/html\r\n\r\n")
                        .getBytes(StandardCharsets.UTF_8));
    }

    public Response post(String path, Map<String, String> fields, FilePart file, String accept) throws IOException {
        String boundary = "----toasoan" + UUID.randomUUID().toString().replace("-", "");
        var body = new ByteArrayOutputStream();
        for (var field : fields.entrySet()) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
                            + "\"\r\n\r\n" + field.getValue() + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        if (file != null) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"attachment\"; filename=\""
                            + file.filename() + "\"\r\nContent-Type: " + file.contentType() + "\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.writeBytes(file.bytes());
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        byte[] content = body.toByteArray();
        var request = new ByteArrayOutputStream();
        request.writeBytes(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nAccept: " + accept
                        + (forwardedFor == null ? "" : "\r\nX-Forwarded-For: " + forwardedFor)
                        + "\r\nContent-Type: multipart/form-data; boundary=" + boundary + "\r\nContent-Length: "
                        + content.length + "\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        request.writeBytes(content);
        return exchange(request.toByteArray());
    }

    private Response exchange(byte[] request) throws IOException {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(address, 0));
            socket.connect(new InetSocketAddress("127.0.0.1", port));
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            try {
                out.write(request);
                out.flush();
            } catch (IOException e) {
                // the server may answer and close before reading everything; read what it said
            }
            return parse(socket.getInputStream().readAllBytes());
        }
    }

    private static Response parse(byte[] raw) {
        String all = new String(raw, StandardCharsets.ISO_8859_1);
        int end = all.indexOf("\r\n\r\n");
        String[] lines = all.substring(0, end).split("\r\n");
        Matcher status = Pattern.compile("HTTP/1\\.1 (\\d{3})").matcher(lines[0]);
        status.find();
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.merge(
                    lines[i].substring(0, colon).toLowerCase(Locale.ROOT),
                    lines[i].substring(colon + 1).strip(),
                    (a, b) -> a + ", " + b);
        }
        byte[] body = java.util.Arrays.copyOfRange(raw, end + 4, raw.length);
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = dechunk(body);
        }
        return new Response(Integer.parseInt(status.group(1)), headers, new String(body, StandardCharsets.UTF_8));
    }

    private static byte[] dechunk(byte[] body) {
        var out = new ByteArrayOutputStream();
        int at = 0;
        while (at < body.length) {
            int lineEnd = indexOf(body, at);
            String size = new String(body, at, lineEnd - at, StandardCharsets.ISO_8859_1).split(";")[0].strip();
            int n = Integer.parseInt(size, 16);
            if (n == 0) {
                break;
            }
            out.write(body, lineEnd + 2, n);
            at = lineEnd + 2 + n + 2;
        }
        return out.toByteArray();
    }

    private static int indexOf(byte[] b, int from) {
        for (int i = from; i < b.length - 1; i++) {
            if (b[i] == '\r' && b[i + 1] == '\n') {
                return i;
            }
        }
        return b.length;
    }
}
