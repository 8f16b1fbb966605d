package vn.toasoan;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import vn.toasoan.support.AppProcess;
import vn.toasoan.support.Http;

/**
 * What the paper's IT person does with the jar: import pages, start, stop, and live through a crash. Each step runs
 * Tòa Soạn in a JVM of its own on one data directory, in order.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OperatorLifecycleTests {

    static final Path DATA =
            Path.of("target", "test-data", "operator-" + UUID.randomUUID()).toAbsolutePath();
    static final Path PAGES = Path.of("src", "test", "resources", "pages");
    static final Path SEED = Path.of("..", "shared", "seeds", "000_9a9edb975b539701.txt");

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
        List<String> files =
                new ArrayList<>(List.of(PAGES.resolve("bai-mau-hoi-nghi.txt").toString()));
        if (Files.exists(SEED)) {
            files.add(SEED.toString());
        }
        List<String> args = new ArrayList<>(List.of("import-page"));
        args.addAll(files);

        var result = AppProcess.runCommand(DATA, args.toArray(String[]::new));

        assertThat(result.exitCode()).as(result.err()).isZero();
        List<String> lines = result.out().lines().toList();
        assertThat(lines.get(0)).matches("/[a-z0-9-]+-\\d+\\.html");
        assertThat(lines.get(1)).contains("đoạn 7 và đoạn 10", "paragraphs 7 and 10");
        hoiNghiPath = lines.get(0);
        if (files.size() == 2) {
            assertThat(lines.get(2))
                    .startsWith("/tinh-uy-binh-duong-trien-khai-ke-hoach")
                    .endsWith(".html");
            assertThat(lines.get(3)).contains("đoạn 7 và đoạn 10");
        }
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
            assertThat(whileRunning.err()).contains("Hãy dừng máy chủ", "stop the server first");
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
        long before = views(server.http(), hoiNghiPath);
        for (int reader = 0; reader < 5; reader++) {
            server.http().get(hoiNghiPath, Http.PHONE_BROWSER + " reader/" + reader);
        }
        server.stop();

        AppProcess again = AppProcess.startServer(DATA, port);
        try {
            // the five readers, plus the one reading now
            assertThat(views(again.http(), hoiNghiPath)).isEqualTo(before + 6);
        } finally {
            again.stop();
        }
    }

    @Test
    @Order(5)
    void everyAcknowledgedWriteSurvivesKillingTheJvmAndPostgresql() throws Exception {
        int port = AppProcess.freePort();
        AppProcess server = AppProcess.startServer(DATA, port);
        List<String> written = new ArrayList<>();
        try (Connection db = connectToEmbeddedDatabase()) {
            assertThat(setting(db, "fsync")).isEqualTo("on");
            assertThat(setting(db, "synchronous_commit")).isEqualTo("on");
            assertThat(setting(db, "full_page_writes")).isEqualTo("on");
            long section = single(db, "SELECT id FROM sections ORDER BY position LIMIT 1");
            try (PreparedStatement insert = db.prepareStatement("""
                    INSERT INTO articles (section_id, title, slug, sapo, body, status, published_at, updated_at)
                    VALUES (?, ?, ?, 'Tin ngắn.', '<p>Nội dung.</p>', 'PUBLISHED', now(), now()) RETURNING id""")) {
                for (int i = 0; i < 40; i++) {
                    insert.setLong(1, section);
                    insert.setString(2, "Tin nhanh số " + i);
                    insert.setString(3, "tin-nhanh-so-" + i);
                    try (ResultSet rs = insert.executeQuery()) {
                        rs.next();
                        written.add("/tin-nhanh-so-" + i + "-" + rs.getLong(1) + ".html");
                    }
                }
            }
        }
        server.killWithDatabase(DATA);
        assertThat(DATA.resolve("postgres").resolve("postmaster.pid")).exists();

        AppProcess restarted = AppProcess.startServer(DATA, port);
        try {
            for (String path : written) {
                HttpResponse<String> response = restarted.http().get(path);
                assertThat(response.statusCode()).as(path).isEqualTo(200);
            }
        } finally {
            restarted.stop();
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

    private static long single(Connection db, String sql) throws Exception {
        try (var rs = db.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
