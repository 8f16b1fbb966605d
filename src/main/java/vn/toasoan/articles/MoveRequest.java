package vn.toasoan.articles;

import java.time.Instant;
import java.util.Set;

/**
 * What goes with a workflow move besides the move itself.
 *
 * @param scheduleAt for {@link Transition#SCHEDULE}: when to publish, in the future; otherwise null
 * @param acknowledged codes of the warnings the person publishing or scheduling has seen and publishes past
 * @param reason for {@link Transition#RETURN_TO_DRAFT}: why, for the reporter; required unless they return their own
 */
public record MoveRequest(Instant scheduleAt, Set<String> acknowledged, String reason) {

    public MoveRequest {
        acknowledged = acknowledged == null ? Set.of() : Set.copyOf(acknowledged);
        reason = reason == null || reason.isBlank() ? null : reason.strip();
    }

    public static MoveRequest none() {
        return new MoveRequest(null, Set.of(), null);
    }
}
