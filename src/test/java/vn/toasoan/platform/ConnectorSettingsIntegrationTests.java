package vn.toasoan.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import vn.toasoan.newsroom.Newsroom;
import vn.toasoan.support.ArticleBuilder;
import vn.toasoan.support.Http;
import vn.toasoan.support.ToaSoanIntegrationTest;

/** A long article page, with its headers, fits Tomcat's write buffer: it leaves in one write to the socket. */
@ToaSoanIntegrationTest
class ConnectorSettingsIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    ServletWebServerApplicationContext context;

    @Autowired
    Newsroom newsroom;

    @Test
    void aLongArticlePageLeavesInOneWrite() {
        var article = newsroom.published(ArticleBuilder.article("Tỉnh tổng kết một năm làm đường giao thông nông thôn")
                .paragraphs(IntStream.rangeClosed(1, 20)
                        .mapToObj(i -> "Đoạn thứ " + i + " kể về những con đường bê tông mới nối các thôn với trung tâm"
                                + " xã, về số ngày công người dân góp, về mùa mưa năm nay không còn cảnh lội bùn"
                                + " đến trường, và về kế hoạch của huyện cho năm tới.")
                        .toArray(String[]::new)));
        var page = new Http(port).get(article.url());
        var connector = ((TomcatWebServer) context.getWebServer()).getTomcat().getConnector();

        assertThat(page.statusCode()).isEqualTo(200);
        int withHeaders = page.body().getBytes(StandardCharsets.UTF_8).length + 2_048;
        assertThat(withHeaders).as("an article page of twenty paragraphs").isGreaterThan(16 * 1024);
        assertThat(Integer.parseInt(String.valueOf(connector.getProperty("socket.appWriteBufSize"))))
                .isGreaterThanOrEqualTo(withHeaders);
    }
}
