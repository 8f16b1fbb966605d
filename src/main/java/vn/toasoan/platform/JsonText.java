package vn.toasoan.platform;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * JSON strings with control characters ({@code "\u0000"}) are refused as unreadable JSON, a 400, as forms with them
 * are ({@link InputFilter}); PostgreSQL would refuse a NUL later, with a 500.
 */
@Configuration(proxyBeanMethods = false)
class JsonText {

    @Bean
    JacksonModule textWithoutControlCharacters() {
        return new SimpleModule("text-without-control-characters").addDeserializer(String.class, new Strict());
    }

    static final class Strict extends StringDeserializer {

        @Override
        public String deserialize(JsonParser p, DeserializationContext context) {
            String value = super.deserialize(p, context);
            if (ControlCharacters.in(value, true)) {
                return (String) context.handleWeirdStringValue(String.class, value, "control character in text");
            }
            return value;
        }
    }
}
