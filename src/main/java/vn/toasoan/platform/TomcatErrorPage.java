package vn.toasoan.platform;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.catalina.Container;
import org.apache.catalina.Lifecycle;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.tomcat.TomcatContextCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The page Tomcat itself answers with, for a request it refuses before the application sees it (an address with
 * {@code %00} or an encoded slash, a request line too long): in Vietnamese, like the site's own, instead of Tomcat's
 * English report.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@ConditionalOnClass(ErrorReportValve.class)
class TomcatErrorPage {

    @Bean
    TomcatContextCustomizer vietnameseErrorReport() {
        return context -> context.addLifecycleListener(event -> {
            // the host's pipeline is not started yet when its first application starts: its report valve is swapped
            if (Lifecycle.BEFORE_START_EVENT.equals(event.getType())
                    && context.getParent() instanceof StandardHost host) {
                replace(host);
            }
        });
    }

    private static void replace(Container host) {
        for (Valve valve : host.getPipeline().getValves()) {
            if (valve instanceof ErrorReportValve && !(valve instanceof Report)) {
                host.getPipeline().removeValve(valve);
                host.getPipeline().addValve(new Report());
            }
        }
    }

    static final class Report extends ErrorReportValve {

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            boolean client = status < 500;
            String title = client ? "Yêu cầu không hợp lệ" : "Đã có lỗi xảy ra";
            String message = client
                    ? "Trang không đọc được địa chỉ hoặc nội dung bạn gửi. Mời bạn kiểm tra lại đường dẫn hoặc trở về"
                            + " trang chủ."
                    : "Xin lỗi, hệ thống đang gặp sự cố. Mời bạn thử lại sau ít phút.";
            try {
                response.setContentType("text/html");
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                Writer writer = response.getReporter();
                if (writer != null) {
                    writer.write("<!DOCTYPE html><html lang=\"vi\"><meta charset=\"utf-8\"><meta name=\"viewport\""
                            + " content=\"width=device-width, initial-scale=1\"><meta name=\"robots\" content=\"noindex\">"
                            + "<title>" + title + "</title><h1>" + title + "</h1><p>" + message
                            + "</p><p><a href=\"/\">Trang chủ</a></p></html>");
                    response.finishResponse();
                }
            } catch (IOException | IllegalStateException e) {
                // the client is gone, or the answer was already on its way
            }
        }
    }
}
