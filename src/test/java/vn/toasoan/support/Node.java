package vn.toasoan.support;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.toasoan.ToaSoanApplication;
import vn.toasoan.newsroom.Newsroom;

/**
 * One app node of a cluster, in this JVM: the whole application on a port of its own and a data directory of its own,
 * on an external PostgreSQL that other nodes share. Stopped and started again on the same port and data directory,
 * it is the same node after a restart.
 */
public final class Node implements AutoCloseable {

    private final String name;
    private final int port;
    private final Path dataDir;
    private final Map<String, String> properties;
    private ConfigurableApplicationContext context;

    private Node(String name, int port, Path dataDir, Map<String, String> properties) {
        this.name = name;
        this.port = port;
        this.dataDir = dataDir;
        this.properties = properties;
    }

    /** Starts a node on this database; {@code more} are further {@code property=value} settings. */
    public static Node start(String name, String jdbcUrl, String... more) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("toasoan.db.url", jdbcUrl);
        properties.put("toasoan.db.user", "postgres");
        properties.put("toasoan.db.password", "");
        properties.put("toasoan.node-name", name);
        properties.put("toasoan.demo-content", "false");
        properties.put("toasoan.admin.email", AppProcess.ADMIN_EMAIL);
        properties.put("toasoan.admin.password", AppProcess.ADMIN_PASSWORD);
        properties.put("toasoan.views.flush-interval", "1h");
        for (String setting : more) {
            int equals = setting.indexOf('=');
            properties.put(setting.substring(0, equals), setting.substring(equals + 1));
        }
        Node node = new Node(
                name,
                AppProcess.freePort(),
                Path.of("target", "test-data", "node-" + name + "-" + UUID.randomUUID()),
                properties);
        node.start();
        return node;
    }

    /** Starts the node again after {@link #stop()}, on the same port and data directory. */
    public void start() {
        Map<String, Object> all = new LinkedHashMap<>(properties);
        all.put("server.port", port);
        all.put("toasoan.data-dir", dataDir.toString());
        all.put("spring.main.banner-mode", "off");
        // as arguments, which outrank application.properties as they do for an operator
        String[] args = all.entrySet().stream()
                .map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        context = new SpringApplicationBuilder(ToaSoanApplication.class)
                .logStartupInfo(false)
                .run(args);
    }

    /** A normal shutdown, as systemd stops a node. */
    public void stop() {
        if (context != null) {
            context.close();
            context = null;
        }
    }

    public String name() {
        return name;
    }

    public int port() {
        return port;
    }

    public Path dataDir() {
        return dataDir;
    }

    public Http http() {
        return new Http(port);
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** The tests' newsroom helper, working through this node's features. */
    public Newsroom newsroom() {
        return context.getAutowireCapableBeanFactory().createBean(Newsroom.class);
    }

    @Override
    public void close() {
        stop();
    }
}
