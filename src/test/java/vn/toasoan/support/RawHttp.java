package vn.toasoan.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 written byte for byte, for requests that well-behaved clients refuse to send: a malformed percent-encoding
 * in the address, a broken multipart header. One request per connection.
 */
public final class RawHttp {

    private final int port;

    public RawHttp(int port) {
        this.port = port;
    }

    public record Response(int status, Map<String, String> headers, String body) {}

    /** @param target the request target exactly as it goes on the request line, e.g. {@code /tim-kiem?q=%ZZ} */
    public Response send(String method, String target, Map<String, String> headers, byte[] body) {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(30_000);
            var request = new StringBuilder()
                    .append(method)
                    .append(' ')
                    .append(target)
                    .append(" HTTP/1.1\r\n");
            if (headers.keySet().stream().noneMatch(name -> name.equalsIgnoreCase("Host"))) {
                request.append("Host: localhost:").append(port).append("\r\n");
            }
            request.append("Connection: close\r\n");
            headers.forEach((name, value) ->
                    request.append(name).append(": ").append(value).append("\r\n"));
            if (body != null) {
                request.append("Content-Length: ").append(body.length).append("\r\n");
            }
            request.append("\r\n");
            var out = socket.getOutputStream();
            try {
                out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
                if (body != null) {
                    out.write(body);
                }
                out.flush();
            } catch (SocketException e) {
                // a server that refuses early answers and closes while the body is still on its way: read its answer
                return read(socket.getInputStream());
            }
            return read(socket.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + target, e);
        }
    }

    /**
     * Announces a body of {@code length} bytes and sends only its first 64 KB: a server that reads bodies whole would
     * wait for the rest, one that refuses early answers at once.
     */
    public Response sendHeadOnly(String method, String target, Map<String, String> headers, long length) {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            var request = new StringBuilder(method + " " + target + " HTTP/1.1\r\nHost: localhost:" + port + "\r\n");
            headers.forEach((name, value) ->
                    request.append(name).append(": ").append(value).append("\r\n"));
            request.append("Content-Length: ").append(length).append("\r\n\r\n");
            var out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            try {
                out.write(("{\"text\":\"" + "a".repeat(64 * 1024)).getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
            } catch (IOException e) {
                // the server may close before taking it all
            }
            return read(socket.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + target, e);
        }
    }

    /** A JSON body of {@code length} bytes in chunks, with no length announced. */
    public Response sendChunked(String method, String target, int length) {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            var out = socket.getOutputStream();
            out.write((method + " " + target + " HTTP/1.1\r\nHost: localhost:" + port
                            + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            byte[] chunk = "a".repeat(8192).getBytes(StandardCharsets.ISO_8859_1);
            try {
                out.write(("b\r\n{\"text\":\"aa\r\n").getBytes(StandardCharsets.ISO_8859_1));
                for (int sent = 0; sent < length; sent += chunk.length) {
                    out.write(("2000\r\n").getBytes(StandardCharsets.ISO_8859_1));
                    out.write(chunk);
                    out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
                }
                out.write("2\r\n\"}\r\n0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
            } catch (IOException e) {
                // the server may close before taking it all
            }
            return read(socket.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + target, e);
        }
    }

    private static Response read(InputStream in) throws IOException {
        var all = new ByteArrayOutputStream();
        in.transferTo(all);
        String text = all.toString(StandardCharsets.UTF_8);
        int end = text.indexOf("\r\n\r\n");
        String head = end < 0 ? text : text.substring(0, end);
        String[] lines = head.split("\r\n");
        if (lines.length == 0 || !lines[0].startsWith("HTTP/1.1 ")) {
            throw new IOException("Not an HTTP answer: " + head);
        }
        int status = Integer.parseInt(lines[0].substring(9, 12));
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.merge(
                        lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
                        lines[i].substring(colon + 1).strip(),
                        (a, b) -> a + "\n" + b);
            }
        }
        return new Response(status, headers, end < 0 ? "" : text.substring(end + 4));
    }
}
