package vn.toasoan.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
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
    void theMastheadDateReadsAsAVietnamesePaperPrintsIt() {
        var messages = new ResourceBundleMessageSource();
        messages.setBasename("i18n/messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);

        assertThat(Chrome.today(LocalDate.of(2026, 12, 6), new Localizer(messages, Locale.forLanguageTag("vi"))))
                .isEqualTo("Chủ nhật, 06-12-2026");
        assertThat(Chrome.today(LocalDate.of(2026, 12, 7), new Localizer(messages, Locale.forLanguageTag("vi"))))
                .isEqualTo("Thứ hai, 07-12-2026");
        assertThat(Chrome.today(LocalDate.of(2026, 12, 6), new Localizer(messages, Locale.ENGLISH)))
                .isEqualTo("Sunday, 06-12-2026");
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
        var site = new SiteProperties(baseUrl, allowedHosts);
        var environment = new MockEnvironment().withProperty("local.server.port", "9090");
        return new Chrome(null, site, null, new SiteAddress(site, environment), null, null);
    }
}
