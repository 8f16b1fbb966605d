package vn.toasoan.articles;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Looks for due scheduled articles every 15 seconds, starting right after the application starts. */
@Component
class ScheduledPublishing {

    private static final Logger log = LoggerFactory.getLogger(ScheduledPublishing.class);

    private final ArticleWorkflow workflow;

    ScheduledPublishing(ArticleWorkflow workflow) {
        this.workflow = workflow;
    }

    @Scheduled(fixedDelayString = "${toasoan.scheduled-publishing.interval:15s}", initialDelayString = "5s")
    void run() {
        try {
            int published = workflow.publishDue();
            if (published > 0) {
                log.info("Published {} scheduled article(s)", published);
            }
        } catch (RuntimeException e) {
            log.warn("Scheduled publishing failed; trying again at the next run", e);
        }
    }
}
