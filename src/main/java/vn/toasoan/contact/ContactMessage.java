package vn.toasoan.contact;

import java.time.Instant;
import java.util.List;

/**
 * A reader's letter to the newsroom.
 *
 * @param flags why an editor should look closer: {@code BLOCKED} (the sender is on a hold list), {@code HELD_WORDS}
 * @param handledBy the editor who marked it handled, or null
 */
public record ContactMessage(
        long id,
        String name,
        String email,
        String phone,
        String subject,
        String message,
        List<String> flags,
        ContactStatus status,
        Instant receivedAt,
        String handledBy,
        Instant handledAt) {}
