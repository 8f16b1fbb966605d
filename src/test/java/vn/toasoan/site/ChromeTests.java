package vn.toasoan.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

class ChromeTests {

    @AfterEach
    void forgetRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void aConfiguredAddressKeepsThePagesQueryString() {
        var chrome = chrome("https://baosonglam.vn/", List.of());

        assertThat(chrome.absolute("/thoi-su?trang=2")).isEqualTo("https://baosonglam.vn/thoi-su?trang=2");
    }

    @Test
    void anAllowedHostsAddressKeepsThePagesQueryString() {
        asked("bao.local", 8080);

        assertThat(chrome("", List.of("bao.local")).absolute("/thoi-su?trang=2"))
                .isEqualTo("http://bao.local:8080/thoi-su?trang=2");
    }

    @Test
    void withoutABaseUrlTheFirstAllowedHostIsKeptAndNoOtherHostIsEverBelieved() {
        var chrome = chrome("", List.of("baosonglam.vn"));

        asked("evil.example", 80);
        assertThat(chrome.absolute("/")).as("before any allowed host").isEqualTo("http://localhost:9090/");
        asked("baosonglam.vn", 80);
        assertThat(chrome.absolute("/")).isEqualTo("http://baosonglam.vn/");
        asked("evil.example", 80);
        assertThat(chrome.absolute("/")).isEqualTo("http://baosonglam.vn/");
    }

    private static void asked(String host, int port) {
        var request = new MockHttpServletRequest("GET", "/thoi-su");
        request.setServerName(host);
        request.setServerPort(port);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }

    private static Chrome chrome(String baseUrl, List<String> allowedHosts) {
        var site = new SiteProperties("Tòa Soạn", "", baseUrl, allowedHosts);
        var environment = new MockEnvironment().withProperty("local.server.port", "9090");
        return new Chrome(null, site, new SiteAddress(site, environment), null, null);
    }
}
