package vn.toasoan.media;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.toasoan.platform.ClusterJobs;

/**
 * Gives the photos stored before WebP their WebP copies, in the background soon after start, once across all app
 * nodes. Done ahead rather than on a reader's first request: with a public bucket address readers fetch photos
 * straight from the bucket, where no node would see the request; a breaking story would otherwise have many readers
 * wait on the same encoding; and a page never names a file that is not there yet, since it offers WebP only for photos
 * marked as having it. Each photo is marked as soon as its copies are stored, so a run stopped anywhere (a node shut
 * down, a deploy) goes on from the next photo at the next turn. It holds one of the pipeline's decoders at a time,
 * leaving the others to the newsroom's uploads.
 */
@Component
class WebpBackfill {

    private static final Logger log = LoggerFactory.getLogger(WebpBackfill.class);
    private static final int BATCH = 50;

    private final MediaStore media;
    private final ClusterJobs jobs;
    private final ApplicationEventPublisher events;

    WebpBackfill(MediaStore media, ClusterJobs jobs, ApplicationEventPublisher events) {
        this.media = media;
        this.jobs = jobs;
        this.events = events;
    }

    @Scheduled(initialDelayString = "PT1M", fixedDelayString = "PT30M")
    void run() {
        if (Webp.available()) {
            jobs.runIfDue("media-webp-backfill", Duration.ofMinutes(30), this::backfill);
        }
    }

    /** @return how many photos got their WebP copies */
    int backfill() {
        int done = 0;
        int failed = 0;
        UUID after = new UUID(0, 0); // the least in PostgreSQL's order, which compares bytes unsigned
        for (List<Image> batch = media.withoutWebp(after, BATCH);
                !batch.isEmpty();
                batch = media.withoutWebp(after, BATCH)) {
            List<UUID> added = new ArrayList<>();
            for (Image image : batch) {
                try {
                    if (media.addWebp(image)) {
                        added.add(image.id());
                        done++;
                    } else {
                        failed++;
                    }
                } catch (RuntimeException e) {
                    failed++;
                    log.warn("No WebP copies for photo {}: {}", image.id(), e.toString());
                }
                after = image.id();
            }
            if (!added.isEmpty()) {
                events.publishEvent(new WebpCopiesAdded(added));
            }
        }
        if (done > 0 || failed > 0) {
            log.info("WebP copies made for {} photos; {} could not be read and stay JPEG only", done, failed);
        }
        return done;
    }
}
