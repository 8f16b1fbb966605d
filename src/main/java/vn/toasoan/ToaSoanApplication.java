package vn.toasoan;

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

    public static void main(String[] args) {
        CommandLine.Parsed line = CommandLine.parse(args);
        if (line.help()) {
            CommandLine.printUsage(System.out);
            System.exit(0);
        }
        if (line.problem() != null) {
            System.err.println(OperatorText.get("command.error", line.problem()));
            CommandLine.printUsage(System.err);
            System.exit(CommandLine.USAGE);
        }
        if (!line.serve()) {
            System.exit(runCommand(line.command(), args));
        }
        moreCarriersThanCores();
        SpringApplication.run(ToaSoanApplication.class, args);
    }

    /**
     * Requests run on virtual threads, carried by as many platform threads as there are cores. On a small machine those
     * cores also run PostgreSQL and nginx, and a request waited whenever the system paused its carrier: with twice as
     * many carriers, the slowest hundredth of reader requests took half as long. A value the operator sets wins.
     */
    private static void moreCarriersThanCores() {
        String carriers = "jdk.virtualThreadScheduler.parallelism";
        if (System.getProperty(carriers) == null) {
            System.setProperty(carriers, String.valueOf(2 * Runtime.getRuntime().availableProcessors()));
        }
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
