package vn.toasoan.platform;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashSet;
import java.util.Set;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * This node's ear on {@link ChangeFeed}: one connection of its own that {@code LISTEN}s, and a thread that, when
 * notified and at least every few seconds, reads the rows after the last it saw and publishes each as a {@link
 * SiteChanged}. A lost connection is opened again, with a growing pause, and the rows written meanwhile are read
 * then: a missed notification delays a change by seconds, it never loses it. A node starts after the newest row,
 * since its caches start empty.
 */
@Component
class ChangeListener implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ChangeListener.class);

    /** How long a wait for a notification lasts before the rows are read all the same. */
    private static final int POLL_MILLIS = 5_000;

    private static final int FIRST_PAUSE_MILLIS = 250;
    private static final int LONGEST_PAUSE_MILLIS = 10_000;
    private static final int STEP = 1_000;

    private final DatabaseSessions sessions;
    private final ApplicationEventPublisher events;
    private final String purpose;
    private final boolean command;

    private volatile boolean running;
    private volatile Thread thread;
    private volatile Connection connection;
    /** The last row read; -1 until the first connection. */
    private long last = -1;

    ChangeListener(
            DatabaseSessions sessions,
            ApplicationEventPublisher events,
            ClusterJobs jobs,
            @Value("${toasoan.command:}") String command) {
        this.sessions = sessions;
        this.events = events;
        this.purpose = "toasoan changes " + jobs.node();
        this.command = !command.isBlank();
    }

    @Override
    public void start() {
        if (command || running) {
            return;
        }
        running = true;
        Thread listening = new Thread(this::listen, "change-feed");
        listening.setDaemon(true);
        thread = listening;
        listening.start();
    }

    @Override
    public void stop() {
        running = false;
        Connection open = connection;
        if (open != null) {
            try {
                open.abort(Runnable::run);
            } catch (SQLException e) {
                log.debug("Could not abort the change feed's connection", e);
            }
        }
        Thread listening = thread;
        if (listening != null) {
            listening.interrupt();
            try {
                listening.join(2_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void listen() {
        int pause = FIRST_PAUSE_MILLIS;
        boolean lost = false;
        while (running) {
            try (Connection open = sessions.open(purpose)) {
                connection = open;
                open.setAutoCommit(true);
                try (Statement statement = open.createStatement()) {
                    statement.execute("LISTEN " + ChangeFeed.CHANNEL);
                }
                // listening before reading, so that nothing committed in between goes unnoticed
                if (last < 0) {
                    last = newest(open);
                } else {
                    readAfterReconnecting(open);
                }
                if (lost) {
                    log.info("The change feed is connected again; changes made meanwhile are applied");
                    lost = false;
                }
                pause = FIRST_PAUSE_MILLIS;
                PGConnection notifications = open.unwrap(PGConnection.class);
                while (running) {
                    notifications.getNotifications(POLL_MILLIS);
                    read(open);
                }
            } catch (SQLException | RuntimeException e) {
                if (!running) {
                    break;
                }
                if (!lost) {
                    log.warn("Lost the change feed's connection to PostgreSQL; connecting again", e);
                    lost = true;
                }
                try {
                    Thread.sleep(pause);
                } catch (InterruptedException interrupted) {
                    break;
                }
                pause = Math.min(LONGEST_PAUSE_MILLIS, pause * 2);
            } finally {
                connection = null;
            }
        }
    }

    private static long newest(Connection open) throws SQLException {
        try (Statement statement = open.createStatement();
                ResultSet rs = statement.executeQuery("SELECT coalesce(max(seq), 0) FROM change_feed")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** After a gap: if rows this node never read were pruned meanwhile, it forgets everything it keeps. */
    private void readAfterReconnecting(Connection open) throws SQLException {
        try (Statement statement = open.createStatement();
                ResultSet rs = statement.executeQuery("SELECT min(seq) FROM change_feed")) {
            rs.next();
            long oldest = rs.getLong(1);
            if (!rs.wasNull() && oldest > last + 1) {
                log.warn("Changes were pruned while this node could not hear of them; it forgets all its copies");
                for (SiteChanged.Kind kind : SiteChanged.Kind.values()) {
                    publish(new SiteChanged(kind, 0));
                }
            }
        }
        read(open);
    }

    private void read(Connection open) throws SQLException {
        try (PreparedStatement select = open.prepareStatement(
                "SELECT seq, kind, subject FROM change_feed WHERE seq > ? ORDER BY seq LIMIT " + STEP)) {
            int rows;
            do {
                Set<SiteChanged> changes = new LinkedHashSet<>();
                rows = 0;
                select.setLong(1, last);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        rows++;
                        last = rs.getLong(1);
                        SiteChanged.Kind kind = kind(rs.getString(2));
                        if (kind != null) {
                            changes.add(new SiteChanged(kind, rs.getLong(3)));
                        }
                    }
                }
                changes.forEach(this::publish);
            } while (rows == STEP);
        }
    }

    private static SiteChanged.Kind kind(String name) {
        try {
            return SiteChanged.Kind.valueOf(name);
        } catch (IllegalArgumentException e) {
            // written by a newer version during a rolling upgrade: a kind this version keeps nothing of
            return null;
        }
    }

    private void publish(SiteChanged change) {
        try {
            events.publishEvent(change);
        } catch (RuntimeException e) {
            log.warn("A listener failed on {}", change, e);
        }
    }
}
