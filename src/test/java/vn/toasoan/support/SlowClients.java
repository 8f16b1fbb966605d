package vn.toasoan.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The review's slow-body attack: many connections from one address, each sending a comment form's body a byte at a
 * time, while readers go on asking for pages. Bounded: it stops by itself after the time it is given.
 */
public final class SlowClients implements AutoCloseable {

    private final int port;
    private final List<Socket> open = new ArrayList<>();
    /** The status each answered connection got, counted by status. */
    private final Map<Integer, Integer> answered = new TreeMap<>();

    private SlowClients(int port) {
        this.port = port;
    }

    /** Opens the connections and sends each its headers and the first bytes of a multipart body. */
    public static SlowClients open(int port, int connections, String forwardedFor) {
        var clients = new SlowClients(port);
        for (int i = 0; i < connections; i++) {
            try {
                Socket socket = new Socket("localhost", port);
                socket.setSoTimeout(1);
                socket.getOutputStream()
                        .write(("POST /binh-luan/1 HTTP/1.1\r\nHost: localhost:" + port + "\r\n"
                                        + "Content-Type: multipart/form-data; boundary=ranh-gioi\r\n"
                                        + "Content-Length: 4000\r\n"
                                        + (forwardedFor == null ? "" : "X-Forwarded-For: " + forwardedFor + "\r\n")
                                        + "\r\n--ranh-gioi\r\n")
                                .getBytes(StandardCharsets.ISO_8859_1));
                clients.open.add(socket);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return clients;
    }

    /** One more byte on every connection still open, and whatever answers have come. */
    public void trickle() {
        for (Socket socket : List.copyOf(open)) {
            try {
                socket.getOutputStream().write('x');
            } catch (IOException e) {
                // closed by the server after its answer
            }
            try {
                InputStream in = socket.getInputStream();
                byte[] head = new byte[12];
                int n = in.readNBytes(head, 0, 12);
                if (n == 12) {
                    answered.merge(
                            Integer.parseInt(new String(head, 9, 3, StandardCharsets.ISO_8859_1)), 1, Integer::sum);
                    open.remove(socket);
                    socket.close();
                } else if (n <= 0) {
                    open.remove(socket);
                    socket.close();
                }
            } catch (SocketTimeoutException e) {
                // no answer yet
            } catch (IOException e) {
                open.remove(socket);
            }
        }
    }

    /** How many connections got each status so far. */
    public Map<Integer, Integer> answered() {
        return Map.copyOf(answered);
    }

    public int stillOpen() {
        return open.size();
    }

    /** How long a reader waits for this page now, at most the given time (a timeout counts as that long). */
    public static Duration timeToAnswer(int port, String path, Duration atMost) {
        long start = System.nanoTime();
        try {
            var response = HttpClient.newBuilder()
                    .connectTimeout(atMost)
                    .build()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                    .timeout(atMost)
                                    .header("User-Agent", Http.PHONE_BROWSER)
                                    .build(),
                            HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() != 200) {
                return atMost;
            }
        } catch (IOException e) {
            return atMost;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return atMost;
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }

    @Override
    public void close() {
        for (Socket socket : open) {
            try {
                socket.close();
            } catch (IOException e) {
                // gone already
            }
        }
        open.clear();
    }
}
