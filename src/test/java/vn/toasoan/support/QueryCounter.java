package vn.toasoan.support;

import java.io.Closeable;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts the SQL statements the application sends to its real PostgreSQL, with the thread that sent each, by wrapping
 * the application's data source. Every statement is prepared or created once, so counting those counts statements.
 */
public final class QueryCounter implements BeanPostProcessor {

    /**
     * The threads that serve HTTP requests: Tomcat's pool on JDK 17, a virtual thread per request where the JDK has
     * them.
     */
    public static final Predicate<String> SERVING =
            thread -> thread.startsWith("http-") || thread.startsWith("tomcat-handler-");

    /** One statement, and the thread that sent it. */
    public record Sent(String thread, String sql) {}

    private final List<Sent> sent = new ArrayList<>();
    private volatile boolean listening;

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        return bean instanceof DataSource dataSource && !(bean instanceof Counting) ? new Counting(dataSource) : bean;
    }

    /**
     * @param sentBy which threads to count: the test's own, or those serving HTTP requests
     * @return the statements {@code work} sent from those threads
     */
    public List<Sent> during(Runnable work, Predicate<String> sentBy) {
        synchronized (sent) {
            sent.clear();
        }
        listening = true;
        try {
            work.run();
        } finally {
            listening = false;
        }
        synchronized (sent) {
            return sent.stream().filter(s -> sentBy.test(s.thread())).toList();
        }
    }

    private void record(String sql) {
        if (!listening) {
            return;
        }
        synchronized (sent) {
            sent.add(new Sent(Thread.currentThread().getName(), sql));
        }
    }

    /** Closeable, so that the pool it wraps still closes with the application. */
    private final class Counting extends DelegatingDataSource implements Closeable {

        Counting(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return counted(super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return counted(super.getConnection(username, password));
        }

        @Override
        public void close() throws IOException {
            if (getTargetDataSource() instanceof Closeable closeable) {
                closeable.close();
            }
        }

        private Connection counted(Connection connection) {
            return (Connection) Proxy.newProxyInstance(
                    Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                        switch (method.getName()) {
                            case "equals" -> {
                                return proxy == args[0];
                            }
                            case "hashCode" -> {
                                return System.identityHashCode(proxy);
                            }
                            case "prepareStatement", "prepareCall" -> record((String) args[0]);
                            case "createStatement" -> record("(statement)");
                            default -> {}
                        }
                        try {
                            return method.invoke(connection, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }
    }
}
