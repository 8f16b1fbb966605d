package vn.toasoan.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * axe-core, from the npm registry at build time (see pom.xml), run in the page a browser test has open: the faults
 * a screen reader's or a keyboard's user would meet, as axe words them.
 */
public final class Axe {

    private static final String SOURCE = source();

    private Axe() {}

    /** A rule the page breaks, with the elements that break it. */
    public record Violation(String rule, String impact, String help, List<String> nodes) {

        @Override
        public String toString() {
            return impact + " " + rule + " (" + help + "): " + String.join(" | ", nodes);
        }
    }

    /** The violations of impact serious or critical on the page as it stands now. */
    @SuppressWarnings("unchecked")
    public static List<Violation> seriousOrCritical(WebDriver browser) {
        var js = (JavascriptExecutor) browser;
        js.executeScript(SOURCE);
        Object result = js.executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']}).then(function (r) {
                  done(r.violations.filter(function (v) { return v.impact === 'serious' || v.impact === 'critical'; })
                    .map(function (v) {
                      return {rule: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map(function (n) {
                        return n.target.join(' ') + ': ' + (n.failureSummary || '').replace(/\\s+/g, ' ');
                      })};
                    }));
                }).catch(function (e) { done('axe failed: ' + e); });
                """);
        if (result instanceof String failure) {
            throw new IllegalStateException(failure);
        }
        return ((List<Map<String, Object>>) result)
                .stream()
                        .map(v -> new Violation(
                                (String) v.get("rule"), (String) v.get("impact"), (String) v.get("help"), (List<String>)
                                        v.get("nodes")))
                        .toList();
    }

    private static String source() {
        try (InputStream in = Axe.class.getResourceAsStream("/axe/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException(
                        "axe-core is missing from the test classpath: `mvn verify` fetches it from the npm registry"
                                + " (src/test/frontend)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
