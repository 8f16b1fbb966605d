package vn.toasoan.articles;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import vn.toasoan.support.MutableClock;

class ViewCounterTests {

    private static final String PHONE =
            "Mozilla/5.0 (Linux; Android 12; SM-A125F) AppleWebKit/537.36 Chrome/120 Mobile";

    private final MutableClock clock = MutableClock.at(Instant.parse("2026-11-20T02:00:00Z"));
    private final ViewCounter counter = new ViewCounter(null, null, clock, 3);

    @Test
    void aReaderCountsOncePerHalfHour() {
        assertThat(counter.record(7, "113.160.1.20", 42)).isTrue();
        clock.advance(Duration.ofMinutes(29));
        assertThat(counter.record(7, "113.160.1.20", 42)).isFalse();
        clock.advance(Duration.ofMinutes(2));
        assertThat(counter.record(7, "113.160.1.20", 42)).isTrue();

        assertThat(counter.pending(7)).isEqualTo(2);
    }

    @Test
    void differentReadersAndDifferentArticlesCountApart() {
        counter.record(7, "113.160.1.20", 1);
        counter.record(7, "113.160.1.21", 1);
        counter.record(8, "113.160.1.20", 1);

        assertThat(counter.pending(7)).isEqualTo(2);
        assertThat(counter.pending(8)).isEqualTo(1);
    }

    @Test
    void aPhoneBrowserReadingCounts() {
        assertThat(ViewPolicy.counts(request("GET", PHONE))).isTrue();
    }

    @Test
    void readersInZalosInAppBrowserCount() {
        assertThat(ViewPolicy.counts(request(
                        "GET",
                        "Mozilla/5.0 (Linux; Android 13; SM-A145F) AppleWebKit/537.36 (KHTML, like Gecko)"
                                + " Chrome/119.0 Mobile Safari/537.36 Zalo android/12100602 ZaloTheme/light")))
                .isTrue();
        assertThat(ViewPolicy.counts(request(
                        "GET",
                        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15"
                                + " (KHTML, like Gecko) Mobile/15E148 Zalo iOS/470")))
                .isTrue();
    }

    @Test
    void crawlersHeadRequestsAndPrefetchesDoNotCount() {
        assertThat(ViewPolicy.counts(request("GET", "Mozilla/5.0 (compatible; Googlebot/2.1)")))
                .isFalse();
        assertThat(ViewPolicy.counts(request("GET", "facebookexternalhit/1.1"))).isFalse();
        assertThat(ViewPolicy.counts(request("GET", "Mozilla/5.0 (compatible; bingbot/2.0)")))
                .isFalse();
        assertThat(ViewPolicy.counts(request("GET", ""))).isFalse();
        assertThat(ViewPolicy.counts(request("HEAD", PHONE))).isFalse();

        var prefetch = request("GET", PHONE);
        prefetch.addHeader("Sec-Purpose", "prefetch;prerender");
        assertThat(ViewPolicy.counts(prefetch)).isFalse();
        var oldPrefetch = request("GET", PHONE);
        oldPrefetch.addHeader("Purpose", "prefetch");
        assertThat(ViewPolicy.counts(oldPrefetch)).isFalse();
    }

    @Test
    void theSameAddressWithAnotherBrowserIsAnotherReaderUpToTheCapThatARotatedUserAgentCannotPass() {
        assertThat(counter.record(7, "113.160.1.20", ViewPolicy.agentHash(PHONE)))
                .isTrue();
        assertThat(counter.record(7, "113.160.1.20", ViewPolicy.agentHash("Firefox/128.0")))
                .isTrue();
        assertThat(counter.record(7, "113.160.1.20", ViewPolicy.agentHash(PHONE)))
                .isFalse();
        for (int i = 0; i < 50; i++) {
            counter.record(7, "113.160.1.20", ViewPolicy.agentHash("Bot/" + i));
        }

        assertThat(counter.pending(7)).isEqualTo(3);
        assertThat(counter.record(8, "113.160.1.20", ViewPolicy.agentHash(PHONE)))
                .as("another article")
                .isTrue();
    }

    @Test
    void anIpv6ReaderIsOneAddressWhicheverOfTheirSlashSixtyFourTheyUse() {
        assertThat(ViewPolicy.addressKey("2402:800:6343:1a2b::7"))
                .isEqualTo(ViewPolicy.addressKey("2402:800:6343:1a2b:91f0:44ee:2b1c:9a01"))
                .isEqualTo("2402:800:6343:1a2b::/64");
        assertThat(ViewPolicy.addressKey("113.160.1.20")).isEqualTo("113.160.1.20");
        assertThat(ViewPolicy.addressKey("2402:800:6343:1a2c::7"))
                .isNotEqualTo(ViewPolicy.addressKey("2402:800:6343:1a2b::7"));
    }

    private static MockHttpServletRequest request(String method, String agent) {
        var request = new MockHttpServletRequest(method, "/bai-viet-1.html");
        request.setRemoteAddr("113.160.1.20");
        if (!agent.isEmpty()) {
            request.addHeader("User-Agent", agent);
        }
        return request;
    }
}
