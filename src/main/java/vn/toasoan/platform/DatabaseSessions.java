package vn.toasoan.platform;

import java.sql.Connection;
import java.sql.SQLException;

/** Connections to the primary database outside the pool, for sessions that last, such as one that LISTENs. */
public interface DatabaseSessions {

    /** A new connection, which the caller closes; {@code purpose} names it in {@code pg_stat_activity}. */
    Connection open(String purpose) throws SQLException;
}
