package vn.toasoan.platform;

import org.apache.catalina.connector.Connector;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Tomcat writes a response to the socket in pieces of its write buffer, 8 KB by default: an article page of 22 KB went
 * out in three system calls, a home page of 60 KB in eight, where nginx makes one. With 32 KB an article page leaves in
 * one; the buffer is taken per open connection, so 2,000 connections held open cost about 50 MB more.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@ConditionalOnClass(Connector.class)
class ConnectorSettings {

    static final int WRITE_BUFFER_BYTES = 32 * 1024;

    @Bean
    TomcatConnectorCustomizer writeBufferForAWholePage() {
        return connector -> {
            if (!connector.setProperty("socket.appWriteBufSize", String.valueOf(WRITE_BUFFER_BYTES))) {
                throw new IllegalStateException("Tomcat no longer takes socket.appWriteBufSize");
            }
        };
    }
}
