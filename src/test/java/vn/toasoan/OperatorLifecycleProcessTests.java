package vn.toasoan;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.toasoan.support.AppProcess;
import vn.toasoan.support.Http;

/**
 * What the paper's IT person does with the jar: import pages, start, stop, and live through a crash. Each step runs
 * Tòa Soạn in a JVM of its own on one data directory, in order.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OperatorLifecycleProcessTests {

    static final Path DATA =
            Path.of("target", "test-data", "operator-" + UUID.randomUUID()).toAbsolutePath();
    static final Path PAGES = Path.of("src", "test", "resources", "pages");

    static final JsonMapper JSON = JsonMapper.builder().build();

    static String hoiNghiPath;

    @Test
    @Order(1)
    void aFileThatIsNotAnArticleFailsTheWholeImportAndChangesNothing() {
        var result = AppProcess.runCommand(
                DATA,
                "import-page",
                PAGES.resolve("bai-mau-the-thao.txt").toString(),
                PAGES.resolve("khong-phai-bai-viet.txt").toString());

        assertThat(result.exitCode()).isNotZero();
        assertThat(result.err()).contains("khong-phai-bai-viet.txt", "Không phải trang bài viết");
        assertThat(result.out()).doesNotContain(".html");
    }

    @Test
    @Order(2)
    void importingPrintsEachPublicPathAndTheNearDuplicateWarning() {
        var result = AppProcess.runCommand(
                DATA, "import-page", PAGES.resolve("bai-mau-hoi-nghi.txt").toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        List<String> lines = result.out().lines().toList();
        assertThat(lines)
                .as("only paths and warnings, for scripts to read")
                .allMatch(line -> line.matches("/[a-z0-9-]+-\\d+\\.html|  cảnh báo: .*"));
        assertThat(lines.get(0)).matches("/[a-z0-9-]+-\\d+\\.html");
        assertThat(lines.get(1))
                .as("in Vietnamese only, the import command's language")
                .isEqualTo("  cảnh báo: đoạn 7 và đoạn 10 gần như trùng nhau");
        assertThat(lines).hasSize(2);
        hoiNghiPath = lines.get(0);
    }

    @Test
    @Order(3)
    void theServerShowsTheImportedPageAndKeepsTheImportCommandOffItsDatabase() throws Exception {
        int port = AppProcess.freePort();
        AppProcess server = AppProcess.startServer(DATA, port);
        try {
            Document page = server.http().page(hoiNghiPath);
            assertThat(page.select("h1")).hasSize(1);
            assertThat(page.selectFirst("time").text()).isEqualTo("Cập nhật: 21-03-2018 | 08:15:42");
            assertThat(page.selectFirst("figcaption").text()).endsWith("Ảnh: T.HÙNG");
            assertThat(page.selectFirst(".article__byline").text()).isEqualTo("LÊ THU HÙNG");
            // the refused first import left the sports page out
            assertThat(server.http().get("/sitemap.xml").body()).doesNotContain("giai-bong-da-u15-tinh-song-lam");

            var whileRunning = AppProcess.runCommand(
                    DATA, "import-page", PAGES.resolve("bai-mau-the-thao.txt").toString());
            assertThat(whileRunning.exitCode()).isNotZero();
            assertThat(whileRunning.err()).contains("Hãy dừng máy chủ").doesNotContain("stop the server");
            assertThat(whileRunning.out() + whileRunning.err())
                    .as("one line to read, no framework report or stack trace")
                    .hasLineCount(1);

            var secondServer = AppProcess.runCommand(DATA, "--server.port=" + AppProcess.freePort());
            assertThat(secondServer.exitCode()).isNotZero();
            assertThat(secondServer.out()).contains("APPLICATION FAILED TO START", "TOASOAN_DATA_DIR khác");
            assertThat(secondServer.out().lines().filter(line -> line.startsWith("\tat ")))
                    .as("a second server says why it stops without a stack trace")
                    .isEmpty();
        } finally {
            assertThat(server.stop()).as("a normal stop exits as SIGTERM asks").isIn(0, 143);
        }
        assertThat(DATA.resolve("postgres").resolve("postmaster.pid"))
                .as("a normal shutdown stops PostgreSQL cleanly")
                .doesNotExist();
    }

    @Test
    @Order(4)
    void viewsStillBufferedAtANormalShutdownAreKept() throws Exception {
        int port = AppProcess.freePort();
        AppProcess server = AppProcess.startServer(DATA, port);
        long before;
        try {
            before = views(server.http(), hoiNghiPath);
            for (int reader = 0; reader < 5; reader++) {
                server.http().beacon(hoiNghiPath, Http.PHONE_BROWSER + " reader/" + reader);
            }
        } finally {
            server.stop();
        }

        AppProcess again = AppProcess.startServer(DATA, port);
        try {
            // the five readers' beacons; fetching the page counts nobody
            assertThat(views(again.http(), hoiNghiPath)).isEqualTo(before + 5);
        } finally {
            again.stop();
        }
    }

    @Test
    @Order(5)
    void everyArticleTheApiAcknowledgedSurvivesKillingTheJvmAndPostgresql() throws Exception {
        int port = AppProcess.freePort();
        AppProcess server = AppProcess.startServer(DATA, port);
        List<String> acknowledged = new ArrayList<>();
        try (Connection db = connectToEmbeddedDatabase()) {
            assertThat(setting(db, "fsync")).isEqualTo("on");
            assertThat(setting(db, "synchronous_commit")).isEqualTo("on");
            assertThat(setting(db, "full_page_writes")).isEqualTo("on");
        }
        var api = new ApiClient(server, AppProcess.ADMIN_EMAIL, AppProcess.ADMIN_PASSWORD);
        for (int i = 0; i < 12; i++) {
            JsonNode draft = api.post(
                    "/api/v1/articles",
                    Map.of(
                            "title", "Tin nhanh số " + i,
                            "sapo", "Tóm tắt tin nhanh số " + i + ".",
                            "body", "<p>Nội dung tin nhanh số " + i + ".</p>",
                            "section", "thoi-su"));
            JsonNode published = api.post("/api/v1/articles/" + draft.get("id").asLong() + "/publish", Map.of());
            acknowledged.add(published.get("url").asString());
        }
        server.killWithDatabase();
        assertThat(DATA.resolve("postgres").resolve("postmaster.pid"))
                .as("the killed PostgreSQL left its pid file")
                .exists();

        AppProcess restarted = AppProcess.startServer(DATA, port);
        try {
            for (String path : acknowledged) {
                HttpResponse<String> response = restarted.http().get(path);
                assertThat(response.statusCode()).as(path).isEqualTo(200);
            }
        } finally {
            restarted.stop();
        }
    }

    @Test
    @Order(6)
    void aServerWhoseJvmWasKilledIsTakenOverByTheNextStart() throws Exception {
        int port = AppProcess.freePort();
        AppProcess server = AppProcess.startServer(DATA, port);
        server.killJvmOnly();
        assertThat(postmastersOfThisCluster()).as("PostgreSQL outlives its JVM").hasSize(1);

        AppProcess again = AppProcess.startServer(DATA, port);
        try {
            assertThat(again.http().get(hoiNghiPath).statusCode()).isEqualTo(200);
            assertThat(postmastersOfThisCluster())
                    .as("one server for one cluster")
                    .hasSize(1);
            assertThat(again.log()).contains("from an earlier run still uses");
        } finally {
            again.stop();
        }
    }

    private static List<ProcessHandle> postmastersOfThisCluster() {
        String cluster = DATA.resolve("postgres").toString();
        return ProcessHandle.allProcesses()
                .filter(p ->
                        p.info().command().map(c -> c.endsWith("/postgres")).orElse(false))
                .filter(p -> List.of(p.info().arguments().orElse(new String[0])).contains(cluster))
                .filter(p -> p.parent()
                        .map(parent -> !parent.info()
                                .command()
                                .map(c -> c.endsWith("/postgres"))
                                .orElse(false))
                        .orElse(true))
                .toList();
    }

    /** HTTP Basic JSON calls, each acknowledged by a 2xx answer. */
    private record ApiClient(AppProcess server, String email, String password) {

        JsonNode post(String path, Map<String, Object> body) {
            String credentials = java.util.Base64.getEncoder()
                    .encodeToString((email + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            HttpResponse<String> response = server.http()
                    .send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.url(path)))
                            .header("Authorization", "Basic " + credentials)
                            .header("Content-Type", "application/json")
                            .POST(java.net.http.HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                            .build());
            assertThat(response.statusCode()).as(path + ": " + response.body()).isBetween(200, 299);
            return JSON.readTree(response.body());
        }
    }

    private static long views(Http http, String path) {
        return Long.parseLong(http.page(path).selectFirst("[data-views]").text());
    }

    private static Connection connectToEmbeddedDatabase() throws Exception {
        List<String> pid = Files.readAllLines(DATA.resolve("postgres").resolve("postmaster.pid"));
        int port = Integer.parseInt(pid.get(3).trim());
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/postgres?user=postgres");
    }

    private static String setting(Connection db, String name) throws Exception {
        try (var rs = db.createStatement().executeQuery("SELECT current_setting('" + name + "')")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
