package vn.toasoan.platform;

import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import java.io.IOException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.coyote.ActionCode;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.tomcat.TomcatContextCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * After refusing a body, Tomcat would still read the rest of it to keep the connection: from a client that trickles a
 * byte every few seconds, that holds the thread as long as the client likes. A refused body is left unread instead,
 * and its connection closed once the answer is sent.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@ConditionalOnClass(ValveBase.class)
class UnreadBodies {

    private static final String UNREAD = UnreadBodies.class.getName() + ".unread";

    /** Marks the request whose body is refused: what is left of it is not read. */
    static void leaveUnread(ServletRequest request) {
        request.setAttribute(UNREAD, Boolean.TRUE);
    }

    @Bean
    TomcatContextCustomizer unreadBodiesValve() {
        return context -> {
            // Tomcat's own refusals (413, forms over the size limit) leave the rest unread too
            context.setSwallowAbortedUploads(false);
            context.getPipeline().addValve(new Valve());
        };
    }

    static final class Valve extends ValveBase {

        Valve() {
            super(true);
        }

        @Override
        public void invoke(Request request, Response response) throws IOException, ServletException {
            try {
                getNext().invoke(request, response);
            } finally {
                if (request.getAttribute(UNREAD) != null) {
                    request.getCoyoteRequest().action(ActionCode.DISABLE_SWALLOW_INPUT, null);
                }
            }
        }
    }
}
