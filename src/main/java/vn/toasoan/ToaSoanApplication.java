package vn.toasoan;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class ToaSoanApplication {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("import-page")) {
            System.exit(runCommand(args));
        }
        SpringApplication.run(ToaSoanApplication.class, args);
    }

    /** The same jar, data directory and database, without the web server. */
    private static int runCommand(String[] args) {
        try {
            ConfigurableApplicationContext context = new SpringApplicationBuilder(ToaSoanApplication.class)
                    .web(WebApplicationType.NONE)
                    .logStartupInfo(false)
                    .properties("toasoan.command=" + args[0], "logging.level.root=WARN")
                    .run(args);
            return SpringApplication.exit(context);
        } catch (RuntimeException e) {
            Throwable cause = e;
            while (cause.getCause() != null) {
                cause = cause.getCause();
            }
            System.err.println("Lỗi (error): " + cause.getMessage());
            return 1;
        }
    }
}
