package vn.toasoan.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.toasoan.support.RawHttp;
import vn.toasoan.support.SlowClients;
import vn.toasoan.support.ToaSoanIntegrationTest;

/** Slow and big requests from one client cannot starve the site. */
@ToaSoanIntegrationTest
class SlowClientsIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void twoHundredTwentyConnectionsTricklingACommentFormLeaveTheHomePageAndTheHealthCheckAnswering() throws Exception {
        // a site that has served before: what is measured is starvation, not a cold start
        for (int i = 0; i < 10; i++) {
            SlowClients.timeToAnswer(port, "/", Duration.ofSeconds(10));
            SlowClients.timeToAnswer(port, "/actuator/health", Duration.ofSeconds(10));
        }
        List<Duration> waits = new ArrayList<>();
        try (var attack = SlowClients.open(port, 220, "203.0.113.66")) {
            // the first answers to the burst of connections come before the attack's steady state is measured
            for (int i = 0; i < 3; i++) {
                attack.trickle();
                Thread.sleep(700);
            }
            for (int second = 0; second < 14; second++) {
                attack.trickle();
                waits.add(SlowClients.timeToAnswer(port, "/", Duration.ofSeconds(3)));
                waits.add(SlowClients.timeToAnswer(port, "/actuator/health", Duration.ofSeconds(3)));
                Thread.sleep(800);
            }
            attack.trickle();

            assertThat(attack.answered().getOrDefault(429, 0))
                    .as("connections beyond what one address may hold, refused at once: %s", attack.answered())
                    .isGreaterThanOrEqualTo(200);
            assertThat(attack.answered().getOrDefault(408, 0))
                    .as("bodies slower than a poor phone line, cut off: %s", attack.answered())
                    .isPositive();
        }
        assertThat(waits).allSatisfy(wait -> assertThat(wait).isLessThan(Duration.ofSeconds(1)));
    }

    @Test
    void aNinetyMegabyteBodyToThePublicCheckIsRefusedBeforeItIsRead() {
        long start = System.nanoTime();
        var response = new RawHttp(port)
                .sendHeadOnly(
                        "POST", "/api/v1/vietnamese/check", Map.of("Content-Type", "application/json"), 90L << 20);

        assertThat(response.status()).isEqualTo(413);
        assertThat(response.headers().get("content-type")).startsWith("application/problem+json");
        assertThat(response.body()).contains("Nội dung gửi lên quá lớn: tối đa 64 KB.");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void aChunkedBodyOverTheLimitIsCutOffWithA413() {
        var response = new RawHttp(port).sendChunked("POST", "/api/v1/vietnamese/check", 200 * 1024);

        assertThat(response.status()).isEqualTo(413);
        assertThat(response.body()).contains("tối đa 64 KB");
    }
}
