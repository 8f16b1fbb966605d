package vn.toasoan.site;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
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

    private static Chrome chrome(String baseUrl) {
        return new Chrome(null, new SiteProperties("Tòa Soạn", "", baseUrl), null, null);
    }
}
