package vn.toasoan.articles;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.toasoan.platform.ClusterJobs;

/**
 * Looks for due scheduled articles every 15 seconds, starting right after the application starts. With several app
 * nodes one of them looks each time ({@link ClusterJobs}); the due articles are also locked row by row, so that none
 * is ever published twice.
 */
@Component
class ScheduledPublishing {

    private static final Logger log = LoggerFactory.getLogger(ScheduledPublishing.class);

    private final ArticleWorkflow workflow;
    private final ClusterJobs jobs;
    private final Duration interval;

    ScheduledPublishing(
            ArticleWorkflow workflow,
            ClusterJobs jobs,
            @Value("${toasoan.scheduled-publishing.interval:15s}") Duration interval) {
        this.workflow = workflow;
        this.jobs = jobs;
        this.interval = interval;
    }

    @Scheduled(fixedDelayString = "${toasoan.scheduled-publishing.interval:15s}", initialDelayString = "5s")
    void run() {
        try {
            jobs.runIfDue("scheduled-publishing", interval, () -> {
                int published = workflow.publishDue();
                if (published > 0) {
                    log.info("Published {} scheduled article(s)", published);
                }
            });
        } catch (RuntimeException e) {
            log.warn("Scheduled publishing failed; trying again at the next run", e);
        }
    }
}
