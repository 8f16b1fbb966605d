package vn.toasoan.platform;

import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import gg.jte.springframework.boot.autoconfigure.JteProperties;
import gg.jte.springframework.boot.autoconfigure.JteView;
import gg.jte.springframework.boot.autoconfigure.JteViewResolver;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.view.AbstractUrlBasedView;

/**
 * Renders pages to UTF-8 bytes before sending them. Vietnamese text is mostly outside ASCII, and encoding it through
 * the servlet writer took a third of the article page's time; the templates' own text is encoded once, at build time
 * ({@code binaryStaticContent}), and the response gets a Content-Length instead of chunks.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class Utf8TemplateViews {

    @Bean
    JteViewResolver jteViewResolver(TemplateEngine engine, JteProperties properties) {
        return new JteViewResolver(engine, properties) {
            @Override
            protected AbstractUrlBasedView instantiateView() {
                return new Utf8View(engine);
            }
        };
    }

    static final class Utf8View extends JteView {

        private final TemplateEngine engine;

        Utf8View(TemplateEngine engine) {
            super(engine);
            this.engine = engine;
        }

        @Override
        protected void renderMergedTemplateModel(
                Map<String, Object> model, HttpServletRequest request, HttpServletResponse response) throws Exception {
            var output = new Utf8ByteOutput();
            engine.render(getUrl(), model, output);
            response.setContentType("text/html;charset=UTF-8");
            response.setContentLength(output.getContentLength());
            output.writeTo(response.getOutputStream());
        }
    }
}
