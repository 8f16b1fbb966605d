package vn.toasoan.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
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
        var chrome = chrome("https://baosonglam.vn/");

        assertThat(chrome.absolute("/thoi-su?trang=2")).isEqualTo("https://baosonglam.vn/thoi-su?trang=2");
    }

    @Test
    void theRequestsAddressKeepsThePagesQueryString() {
        var request = new MockHttpServletRequest("GET", "/thoi-su");
        request.setServerName("bao.local");
        request.setServerPort(8080);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));

        assertThat(chrome("").absolute("/thoi-su?trang=2")).isEqualTo("http://bao.local:8080/thoi-su?trang=2");
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

    private static Chrome chrome(String baseUrl) {
        return new Chrome(null, new SiteProperties(baseUrl), null, null, null);
    }
}
