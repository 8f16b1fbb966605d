package vn.toasoan.support;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Gives every application context that tests start its own data directory under {@code target/test-data}, so that
 * each has a fresh embedded PostgreSQL (with the demo content) and two contexts never share a cluster. Contexts are
 * still cached and shared between test classes as usual. View counts are flushed only when a test asks; e-mail goes to
 * the tests' own SMTP server ({@link TestSmtp}).
 */
public class FreshDataDirectory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(
            Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
        return new Customizer();
    }

    private static final class Customizer implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            Path dataDir = Path.of("target", "test-data", UUID.randomUUID().toString());
            context.getEnvironment()
                    .getPropertySources()
                    .addFirst(new MapPropertySource(
                            "freshDataDirectory",
                            Map.of(
                                    "toasoan.data-dir", dataDir.toString(),
                                    "toasoan.postgres-binaries",
                                            Path.of("target", "postgres-bin").toString(),
                                    // tests flush the view counter themselves, when they mean to
                                    "toasoan.views.flush-interval", "1h",
                                    // notification e-mail goes to a real SMTP server the tests read
                                    "spring.mail.host", "localhost",
                                    "spring.mail.port", String.valueOf(TestSmtp.port()))));
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Customizer;
        }

        @Override
        public int hashCode() {
            return Customizer.class.hashCode();
        }
    }
}
