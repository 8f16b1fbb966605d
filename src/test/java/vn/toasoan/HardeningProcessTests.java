package vn.toasoan;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.toasoan.support.AppProcess;
import vn.toasoan.support.Http;
import vn.toasoan.support.SlowClients;

/** The jar as the IT person runs it: a mistyped command line, a killed JVM, and JDK 17 under a slow-body attack. */
class HardeningProcessTests {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void aMistypedCommandOrOptionIsRefusedWithTheListOfCommandsAndNoServer() {
        Path data =
                Path.of("target", "test-data", "commands-" + UUID.randomUUID()).toAbsolutePath();
        for (String[] line : new String[][] {
            {"import-archiv", "bai.xml"}, {"--prot=9090"}, {"import-page", "--sektion=thoi-su", "bai.txt"}, {"-x"}
        }) {
            long start = System.nanoTime();
            var result = AppProcess.runCommand(data, line);

            assertThat(result.exitCode()).as(String.join(" ", line)).isEqualTo(2);
            assertThat(result.err())
                    .as(String.join(" ", line))
                    .contains("Lỗi:", "Các lệnh:", "import-page", "reset-password");
            assertThat(result.out() + result.err()).doesNotContain("Tomcat", "Started ToaSoanApplication");
            assertThat(Duration.ofNanos(System.nanoTime() - start))
                    .as("refused before anything starts")
                    .isLessThan(Duration.ofSeconds(20));
        }
        assertThat(data.resolve("postgres")).as("no database was started").doesNotExist();
    }

    @Test
    void viewsCountedBeforeTheLastSecondSurviveASigkill() throws Exception {
        Path data = Path.of("target", "test-data", "views-" + UUID.randomUUID()).toAbsolutePath();
        int port = AppProcess.freePort();
        // as shipped: the view counter writes on its own schedule, not when a test asks
        var imported = AppProcess.runCommand(
                data,
                "import-page",
                Path.of("src", "test", "resources", "pages", "bai-mau-hoi-nghi.txt")
                        .toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        AppProcess server = AppProcess.startServer(Path.of(System.getProperty("java.home")), false, data, port);
        long id;
        List<Long> acknowledged = new ArrayList<>();
        try {
            var api = server.http();
            JsonNode article =
                    JSON.readTree(get(server, "/api/v1/articles")).get("items").get(0);
            id = article.get("id").asLong();
            long until = System.nanoTime() + Duration.ofSeconds(4).toNanos();
            for (int reader = 0; System.nanoTime() < until; reader++) {
                var response = api.send(HttpRequest.newBuilder(URI.create(server.url("/luot-xem/" + id)))
                        .header("User-Agent", Http.PHONE_BROWSER)
                        .header("X-Forwarded-For", "198.18." + (reader / 250) + "." + (1 + reader % 250))
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build());
                assertThat(response.statusCode()).isEqualTo(204);
                acknowledged.add(System.nanoTime());
            }
        } finally {
            server.killJvmOnly();
        }
        long killedAt = System.nanoTime();

        AppProcess again = AppProcess.startServer(data, port);
        try {
            long kept = JSON.readTree(get(again, "/api/v1/articles/" + id))
                    .get("views")
                    .asLong();
            long beforeTheLastSecond = acknowledged.stream()
                    .filter(at -> at < killedAt - Duration.ofSeconds(1).toNanos())
                    .count();
            assertThat(acknowledged).hasSizeGreaterThan(100);
            assertThat(kept)
                    .as(
                            "of %s views, %s came more than a second before the kill",
                            acknowledged.size(), beforeTheLastSecond)
                    .isBetween(beforeTheLastSecond, (long) acknowledged.size());
        } finally {
            again.stop();
        }
    }

    @Test
    void onJdk17TheSiteStartsAndAnswersThroughASlowBodyAttack() throws Exception {
        var jdk17 = AppProcess.jdk17();
        Assumptions.assumeTrue(jdk17.isPresent(), "no JDK 17 on this machine");
        Path data = Path.of("target", "test-data", "jdk17-" + UUID.randomUUID()).toAbsolutePath();
        int port = AppProcess.freePort();
        AppProcess server = AppProcess.startServer(jdk17.get(), true, data, port);
        try {
            // a site that has served before: what is measured is starvation, not a cold start
            for (int i = 0; i < 10; i++) {
                SlowClients.timeToAnswer(port, "/", Duration.ofSeconds(10));
                SlowClients.timeToAnswer(port, "/actuator/health", Duration.ofSeconds(10));
            }
            List<Duration> waits = new ArrayList<>();
            // more connections than JDK 17's Tomcat has threads
            try (var attack = SlowClients.open(port, 220, null)) {
                settle(attack);
                for (int second = 0; second < 6; second++) {
                    attack.trickle();
                    waits.add(SlowClients.timeToAnswer(port, "/", Duration.ofSeconds(3)));
                    waits.add(SlowClients.timeToAnswer(port, "/actuator/health", Duration.ofSeconds(3)));
                    Thread.sleep(800);
                }
                assertThat(attack.answered().getOrDefault(429, 0)).isGreaterThanOrEqualTo(200);
            }
            assertThat(waits).allSatisfy(wait -> assertThat(wait).isLessThan(Duration.ofSeconds(1)));
            assertThat(server.log()).contains("Java 17").doesNotContain(" ERROR ");
        } finally {
            server.stop();
        }
    }

    /** The first answers to the burst of connections, before the attack's steady state is measured. */
    static void settle(SlowClients attack) throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            attack.trickle();
            Thread.sleep(700);
        }
    }

    private static String get(AppProcess server, String path) {
        return server.http()
                .send(HttpRequest.newBuilder(URI.create(server.url(path)))
                        .header("Authorization", basic())
                        .build())
                .body();
    }

    private static String basic() {
        return "Basic "
                + Base64.getEncoder()
                        .encodeToString((AppProcess.ADMIN_EMAIL + ":" + AppProcess.ADMIN_PASSWORD)
                                .getBytes(StandardCharsets.UTF_8));
    }
}
