package vn.toasoan.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.toasoan.support.Http;
import vn.toasoan.support.ToaSoanIntegrationTest;

/**
 * Requests a bot or a broken client sends: the sender gets a 400 page in Vietnamese, the operator's log one line at
 * most, never an error with a stack trace that anyone could repeat until the disk is full.
 */
@ToaSoanIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class UndecodableRequestsIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void aQueryStringThatIsNotUtf8GetsTheInvalidRequestPage(CapturedOutput log) {
        var response = new Http(port)
                .send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/?trang=%ff"))
                        .header("Accept", "text/html")
                        .build());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("Yêu cầu không hợp lệ");
        assertThat(log.getOut()).doesNotContain("MalformedInputException", " ERROR ");
    }

    @Test
    void aCommentFormThatIsNotMultipartAfterAllIsRefusedWithoutAStackTrace(CapturedOutput log) {
        var response = new Http(port)
                .send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/binh-luan/1"))
                        .header("Content-Type", "multipart/form-data; boundary=ranh-gioi")
                        .POST(HttpRequest.BodyPublishers.ofString("khong-phai-multipart", StandardCharsets.UTF_8))
                        .build());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("Không đọc được ý kiến gửi lên");
        assertThat(log.getOut()).doesNotContain("Stream closed", " ERROR ");
    }
}
