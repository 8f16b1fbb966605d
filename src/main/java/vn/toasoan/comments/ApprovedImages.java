package vn.toasoan.comments;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;
import vn.toasoan.attachments.Attachment;
import vn.toasoan.attachments.AttachmentStore;
import vn.toasoan.platform.ClusterJobs;

/**
 * Makes the copies readers see of an approved comment's photo once the approval has committed: the re-encoding waits
 * for a decoder and takes seconds that no transaction should be held open for, and its failure must not undo the
 * approval. A failed try is counted and made again by {@link #retry()}; a photo that cannot be read, or fails every
 * try, is given up on: the comment's history says so, and the moderation queue shows the photo is not public.
 */
@Component
class ApprovedImages {

    static final int MAX_TRIES = 5;
    /** The approving node makes the copies at once; the sweep leaves it that long before it tries too. */
    private static final Duration SETTLE = Duration.ofMinutes(1);

    private static final Logger log = LoggerFactory.getLogger(ApprovedImages.class);

    private final CommentRepository repository;
    private final CommentFileRepository files;
    private final AttachmentStore store;
    private final ModerationTrail trail;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final ClusterJobs jobs;
    private final Clock clock;

    ApprovedImages(
            CommentRepository repository,
            CommentFileRepository files,
            AttachmentStore store,
            ModerationTrail trail,
            ApplicationEventPublisher events,
            PlatformTransactionManager transactionManager,
            ClusterJobs jobs,
            Clock clock) {
        this.repository = repository;
        this.files = files;
        this.store = store;
        this.trail = trail;
        this.events = events;
        // its own transaction, also when called while the approval's is finishing
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.jobs = jobs;
        this.clock = clock;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(CommentApproved event) {
        publish(event.commentId());
    }

    /** Once every five minutes across all app nodes. */
    @Scheduled(initialDelayString = "PT2M", fixedDelayString = "PT5M")
    void retry() {
        jobs.runIfDue(
                "comment-images-retry",
                Duration.ofMinutes(5),
                () -> retry(clock.instant().minus(SETTLE)));
    }

    void retry(Instant approvedBefore) {
        files.imagesToPublish(approvedBefore, 100).forEach(this::publish);
    }

    void publish(long commentId) {
        Comment comment = repository.find(commentId).orElse(null);
        if (comment == null || comment.status() != CommentStatus.APPROVED) {
            return;
        }
        Attachment attachment = comment.attachment();
        if (attachment == null || !attachment.isImage() || attachment.hasPublicImage()) {
            return;
        }
        try {
            var size = store.publishImage(attachment.storedName());
            transactions.executeWithoutResult(status -> {
                files.setImageSize(commentId, size.width(), size.height());
                events.publishEvent(new CommentImagePublished(commentId, comment.articleId()));
            });
        } catch (AttachmentStore.UnreadableImage e) {
            giveUp(commentId, trail.text("comments.audit.imageUnreadable"));
        } catch (RuntimeException e) {
            int tries = transactions.execute(status -> files.imageTryFailed(commentId));
            log.warn("Could not publish the photo of comment {} (try {} of {})", commentId, tries, MAX_TRIES, e);
            if (tries >= MAX_TRIES) {
                giveUp(commentId, trail.text("comments.audit.imageFailed", tries));
            }
        }
    }

    private void giveUp(long commentId, String why) {
        transactions.executeWithoutResult(status -> {
            files.giveUpImage(commentId);
            trail.record(commentId, "system", "comment.image", why);
        });
    }
}
