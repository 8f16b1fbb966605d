package vn.toasoan.accounts;

import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.stereotype.Component;
import vn.toasoan.platform.ClusterJobs;

/**
 * Newsroom sessions live in PostgreSQL (Spring Session JDBC), so that every app node knows every login and a node's
 * restart logs nobody out. Expired ones are deleted once a minute by one node of the cluster, in place of Spring
 * Session's own clean-up that every node would run ({@code spring.session.jdbc.cleanup-cron=-}).
 */
@Component
@ConditionalOnWebApplication
class ExpiredSessions {

    private final ObjectProvider<JdbcIndexedSessionRepository> sessions;
    private final ClusterJobs jobs;

    ExpiredSessions(ObjectProvider<JdbcIndexedSessionRepository> sessions, ClusterJobs jobs) {
        this.sessions = sessions;
        this.jobs = jobs;
    }

    /**
     * Two requests of one editor at once (two tabs, a double click) may both add the same attribute to a session, such
     * as the flash message after a form; PostgreSQL's upsert keeps the second from failing on the first's row.
     */
    @Bean
    static PostgreSqlJdbcIndexedSessionRepositoryCustomizer concurrentAttributes() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }

    @Scheduled(initialDelayString = "PT1M", fixedDelayString = "PT1M")
    void run() {
        sessions.ifAvailable(repository ->
                jobs.runIfDue("expired-sessions", Duration.ofMinutes(1), repository::cleanUpExpiredSessions));
    }
}
