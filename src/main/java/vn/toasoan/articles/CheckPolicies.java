package vn.toasoan.articles;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.toasoan.platform.AuditEvent;

/** Which checks before publishing only warn and which block publishing: an administrator's setting. */
@Service
public class CheckPolicies {

    private final JdbcClient jdbc;
    private final ArticleText text;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CheckPolicies(JdbcClient jdbc, ArticleText text, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.text = text;
        this.events = events;
        this.clock = clock;
    }

    public record Setting(Check check, boolean blocking) {}

    public Set<Check> blocking() {
        Set<Check> blocking = EnumSet.noneOf(Check.class);
        for (String code : jdbc.sql("SELECT code FROM check_policies WHERE blocking")
                .query(String.class)
                .list()) {
            try {
                blocking.add(Check.valueOf(code));
            } catch (IllegalArgumentException retired) {
                // a check that no longer exists blocks nothing
            }
        }
        return blocking;
    }

    public List<Setting> all() {
        Set<Check> blocking = blocking();
        List<Setting> settings = new ArrayList<>();
        for (Check check : Check.values()) {
            settings.add(new Setting(check, blocking.contains(check)));
        }
        return settings;
    }

    @Transactional
    public void setBlocking(String actor, Set<Check> blocking) {
        Set<Check> before = blocking();
        for (Check check : Check.values()) {
            jdbc.sql("""
                            INSERT INTO check_policies (code, blocking, changed_at, changed_by) VALUES (?, ?, ?, ?)
                            ON CONFLICT (code) DO UPDATE SET blocking = EXCLUDED.blocking,
                                changed_at = EXCLUDED.changed_at, changed_by = EXCLUDED.changed_by""")
                    .params(check.code(), blocking.contains(check), ArticleRepository.utc(clock.instant()), actor)
                    .update();
        }
        if (!before.equals(blocking)) {
            events.publishEvent(new AuditEvent(
                    actor,
                    "settings.checks",
                    "settings",
                    "checks",
                    text.vi("articles.audit.blockingChecks", before, blocking)));
        }
    }
}
