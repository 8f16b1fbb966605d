package vn.toasoan;

import java.util.Arrays;
import java.util.Set;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.scheduling.annotation.EnableScheduling;
import vn.toasoan.platform.OperatorText;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class ToaSoanApplication {

    /** What the jar does besides serving: see README. */
    private static final Set<String> COMMANDS = Set.of("import-page", "reset-password", "move-media-to-s3");

    public static void main(String[] args) {
        String command =
                Arrays.stream(args).filter(a -> !a.startsWith("--")).findFirst().orElse("");
        if (COMMANDS.contains(command)) {
            System.exit(runCommand(command, args));
        }
        SpringApplication.run(ToaSoanApplication.class, args);
    }

    /** The same jar, data directory and database, without the web server. */
    private static int runCommand(String command, String[] args) {
        try {
            ConfigurableApplicationContext context = new SpringApplicationBuilder(ToaSoanApplication.class)
                    .web(WebApplicationType.NONE)
                    .logStartupInfo(false)
                    // the command prints its own lines and errors; the framework's start-up log would bury them
                    .properties(
                            "toasoan.command=" + command,
                            "logging.level.root=ERROR",
                            "logging.level.org.springframework.boot.SpringApplication=OFF",
                            "logging.level.org.springframework.boot.diagnostics=OFF")
                    .run(args);
            return SpringApplication.exit(context);
        } catch (RuntimeException e) {
            Throwable cause = e;
            while (cause.getCause() != null) {
                cause = cause.getCause();
            }
            System.err.println(OperatorText.get("command.error", cause.getMessage()));
            return 1;
        }
    }
}
