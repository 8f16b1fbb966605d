package vn.toasoan.media;

import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.toasoan.platform.ClusterJobs;

/**
 * Deletes photos uploaded with a save that failed and was never tried again, so that they do not pile up; once an hour
 * across all app nodes.
 */
@Component
class PendingUploadSweep {

    private static final Logger log = LoggerFactory.getLogger(PendingUploadSweep.class);

    private final MediaStore media;
    private final ClusterJobs jobs;
    private final Clock clock;

    PendingUploadSweep(MediaStore media, ClusterJobs jobs, Clock clock) {
        this.media = media;
        this.jobs = jobs;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "PT10M", fixedDelayString = "PT1H")
    void run() {
        jobs.runIfDue("media-pending-sweep", Duration.ofHours(1), this::sweep);
    }

    void sweep() {
        int forgotten = media.forgetPendingBefore(clock.instant().minus(MediaStore.PENDING_LIFETIME));
        if (forgotten > 0) {
            log.info("Deleted {} photos uploaded with a save that never succeeded", forgotten);
        }
    }
}
