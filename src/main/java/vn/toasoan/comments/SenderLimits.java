package vn.toasoan.comments;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Optional;

/**
 * How often one sender may write, counted by their address (an IPv6 reader by their /64) and by their e-mail: at most
 * one message within the minimum interval and so many within an hour. The comment form counts comments; the site's
 * other reader forms count their own messages under the same limits ({@link ReaderFormDefences}).
 */
final class SenderLimits {

    /** What a sender sent lately, counted by one of {@link SenderRuleRepository.Sender}. */
    interface History {
        Optional<Instant> latestSince(SenderRuleRepository.Sender sender, String value, Instant since);

        long countSince(SenderRuleRepository.Sender sender, String value, Instant since);
    }

    /**
     * Why the sender must wait.
     *
     * @param waitSeconds before the next message, when the minimum interval holds it; 0 when the hourly limit does
     * @param perHour the hourly limit
     */
    record Limited(long waitSeconds, int perHour) {
        boolean hourly() {
            return waitSeconds == 0;
        }
    }

    private final CommentProperties properties;

    SenderLimits(CommentProperties properties) {
        this.properties = properties;
    }

    Optional<Limited> check(String email, String ipKey, Instant now, History history) {
        var limits = new LinkedHashMap<SenderRuleRepository.Sender, String>();
        limits.put(SenderRuleRepository.Sender.IP_KEY, ipKey);
        limits.put(SenderRuleRepository.Sender.EMAIL, email);
        for (var limit : limits.entrySet()) {
            var sender = limit.getKey();
            String value = limit.getValue();
            var rate = sender == SenderRuleRepository.Sender.IP_KEY ? properties.perIp() : properties.perEmail();
            Optional<Instant> last = history.latestSince(sender, value, now.minus(rate.minInterval()));
            if (last.isPresent()) {
                long wait = Math.max(
                        1,
                        Duration.between(now, last.get().plus(rate.minInterval()))
                                        .toSeconds()
                                + 1);
                return Optional.of(new Limited(wait, rate.perHour()));
            }
            if (history.countSince(sender, value, now.minus(Duration.ofHours(1))) >= rate.perHour()) {
                return Optional.of(new Limited(0, rate.perHour()));
            }
        }
        return Optional.empty();
    }
}
