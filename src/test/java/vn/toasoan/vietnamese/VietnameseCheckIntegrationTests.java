package vn.toasoan.vietnamese;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.toasoan.support.Http;
import vn.toasoan.support.ToaSoanIntegrationTest;

/** The comment form's check over real HTTP, with a restorer trained on the paper's own published articles. */
@ToaSoanIntegrationTest
class VietnameseCheckIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Test
    void markedVietnameseAndEnglishPass() {
        assertThat(check("Bà con rất phấn khởi khi cây cầu mới thông xe.")
                        .get("missingDiacritics")
                        .asBoolean())
                .isFalse();
        assertThat(check("The new bridge opened to traffic this morning.")
                        .get("missingDiacritics")
                        .asBoolean())
                .isFalse();
    }

    @Test
    void unmarkedVietnameseIsRefusedWithASuggestionLearnedFromThePaper() {
        // words of the demo articles, typed without marks; the model learns them in the background at start-up
        Awaitility.await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
            JsonNode answer = check("tinh Song Lam chu dong phuong an truoc mua mua lu");
            assertThat(answer.get("missingDiacritics").asBoolean()).isTrue();
            assertThat(answer.get("suggestion").asString()).startsWith("tỉnh Sông Lam chủ động phương án");
        });
    }

    @Test
    void aMissingTextIsAProblemInVietnamese() {
        HttpResponse<String> response = post("{}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(JSON.readTree(response.body()).get("detail").asString()).startsWith("Thiếu nội dung");
    }

    @Test
    void aReaderWhoChoseEnglishReadsTheProblemInEnglishOnly() {
        HttpResponse<String> response = post("/api/v1/vietnamese/check?lang=en", "{}");

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("detail").asString()).isEqualTo("The text to check is missing.");
        assertThat(problem.get("title").asString()).isEqualTo("Bad request");
    }

    private JsonNode check(String text) {
        HttpResponse<String> response = post(JSON.writeValueAsString(java.util.Map.of("text", text)));
        assertThat(response.statusCode()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private HttpResponse<String> post(String json) {
        return post("/api/v1/vietnamese/check", json);
    }

    private HttpResponse<String> post(String path, String json) {
        var http = new Http(port);
        return http.send(HttpRequest.newBuilder(URI.create(http.url(path)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build());
    }
}
